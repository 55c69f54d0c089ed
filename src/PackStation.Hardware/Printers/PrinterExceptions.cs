using PackStation.Hardware.Devices;

namespace PackStation.Hardware.Printers;

/// <summary>The printer did not report ready, so nothing was sent. Safe to retry once <see cref="Status"/> clears.</summary>
public sealed class PrinterNotReadyException(PrinterStatus status, string printer)
    : DeviceException($"Printer {printer} is not ready: {status.Fault}{(status.Detail is null ? "" : $" ({status.Detail})")}.")
{
    public PrinterStatus Status { get; } = status;
}

/// <summary>
/// The connection failed part-way through a job: <see cref="BytesSent"/> of <see cref="JobLength"/> bytes left this
/// host. The job's last bytes (ZPL ^XZ, TSPL PRINT, the ESC/POS cut) never arrived, so the printer did not complete it.
/// </summary>
public sealed class PrintInterruptedException(long bytesSent, long jobLength, string message, Exception inner)
    : DeviceException(message, inner)
{
    public long BytesSent { get; } = bytesSent;

    public long JobLength { get; } = jobLength;
}

/// <summary>
/// Every byte was written but the printer did not answer the status query that follows a job, so nobody knows whether
/// it received the end of the job. Never re-sent automatically (that could print the label twice).
/// </summary>
public sealed class PrintUnconfirmedException(string message, Exception? inner = null)
    : DeviceException(message, inner ?? new TimeoutException(message));
