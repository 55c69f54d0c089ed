using PackStation.Hardware.Printers.Transports;

namespace PackStation.Hardware.Printers;

/// <summary>Asks a printer for its status in its own language and reads the reply.</summary>
public interface IPrinterStatusReader
{
    /// <summary>
    /// Sends the query and reads the reply. Throws <see cref="OperationCanceledException"/> when
    /// <paramref name="replyDeadline"/> passes without a full reply (the caller calls that "offline").
    /// </summary>
    Task<PrinterStatus> QueryAsync(IPrinterTransport transport, CancellationToken replyDeadline);
}
