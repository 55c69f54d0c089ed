namespace PackStation.Hardware.Printers.Component;

/// <summary>
/// A printer that takes documents as tasks and reports each one's outcome later (a platform print component). The
/// print queue gives it whole jobs instead of bytes.
/// </summary>
public interface ITaskPrinter : IPrinter
{
    /// <summary>
    /// Returns once the component reports the job printed. Throws <see cref="PrinterNotReadyException"/> when it
    /// failed, did not report within the timeout, or the connection was lost (the queue holds the job and tries
    /// again later; the next attempt first asks whether an earlier one printed).
    /// </summary>
    Task PrintTaskAsync(ComponentJob job, CancellationToken cancellationToken);
}
