using PackStation.Hardware.Printers.Transports;

namespace PackStation.Hardware.Printers;

/// <summary>For printers that cannot report status (profile status command "none"): always ready.</summary>
public sealed class NoStatusReader : IPrinterStatusReader
{
    public static NoStatusReader Instance { get; } = new();

    public Task<PrinterStatus> QueryAsync(IPrinterTransport transport, CancellationToken replyDeadline) =>
        Task.FromResult(new PrinterStatus(true, null, "status not available"));
}
