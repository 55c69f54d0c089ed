using PackStation.Hardware.Printers.Transports;

namespace PackStation.Hardware.Printers.Tspl;

/// <summary>Sends <c>ESC !?</c> and reads the one status byte.</summary>
public sealed class TsplStatusReader : IPrinterStatusReader
{
    public async Task<PrinterStatus> QueryAsync(IPrinterTransport transport, CancellationToken replyDeadline)
    {
        ArgumentNullException.ThrowIfNull(transport);
        await transport.WriteAsync(TsplStatus.Query.ToArray(), replyDeadline).ConfigureAwait(false);
        var buffer = new byte[1];
        await transport.ReadAsync(buffer, replyDeadline).ConfigureAwait(false);
        return TsplStatus.Interpret(buffer[0]);
    }
}
