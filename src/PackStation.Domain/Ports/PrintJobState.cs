namespace PackStation.Domain.Ports;

public enum PrintJobState
{
    /// <summary>Waiting for the printer (or held while it reports a fault).</summary>
    Queued,

    /// <summary>Being written to the printer. Found in this state at start-up: the send was interrupted by a crash.</summary>
    Sending,

    /// <summary>The printer has the whole job.</summary>
    Done,

    /// <summary>Given up: see <see cref="PrintJob.LastError"/>. Only an explicit reprint prints it again.</summary>
    Failed,
}
