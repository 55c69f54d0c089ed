namespace PackStation.Domain.Ports;

/// <summary>
/// The durable print queue of every printer. State moves queued → sending → done, or back to queued (the printer
/// did not get the job; it is sent again), or to failed (given up, or unconfirmed: never re-sent by itself).
/// Transitions are conditional on the current state, so two hosts cannot both send one job.
/// </summary>
public interface IPrintJobStore
{
    Task<PrintJob> EnqueueAsync(NewPrintJob job, DateTimeOffset at, CancellationToken cancellationToken);

    Task<PrintJob?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>The oldest queued job of the printer, or null.</summary>
    Task<PrintJob?> GetNextAsync(string printer, CancellationToken cancellationToken);

    /// <summary>queued → sending, counting an attempt. False when the job was not queued (someone else took it).</summary>
    Task<bool> MarkSendingAsync(long id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>sending → done.</summary>
    Task MarkDoneAsync(long id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>sending → queued: the printer did not get the whole job, so it is sent again.</summary>
    Task MarkQueuedAsync(long id, string reason, CancellationToken cancellationToken);

    /// <summary>sending or queued → failed.</summary>
    Task MarkFailedAsync(long id, string reason, CancellationToken cancellationToken);

    /// <summary>queued → failed, only while nobody is sending it (an order withdrawn before its label printed). False otherwise.</summary>
    Task<bool> CancelQueuedAsync(long id, string reason, CancellationToken cancellationToken);

    /// <summary>The jobs of one order on any printer, oldest first.</summary>
    Task<IReadOnlyList<PrintJob>> ListForOrderAsync(string orderId, CancellationToken cancellationToken);

    /// <summary>At start-up: the printer's jobs left in "sending" by a crash become failed with <paramref name="reason"/>.</summary>
    Task<int> FailInterruptedAsync(string printer, string reason, CancellationToken cancellationToken);

    /// <summary>How many jobs of the printer are queued (not counting one being sent).</summary>
    Task<int> CountQueuedAsync(string printer, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<PrintJob>> ListAsync(string? printer, PrintJobState? state, int limit, CancellationToken cancellationToken);
}
