using PackStation.Hardware.Printers.Transports;

namespace PackStation.Hardware.Printers.Zpl;

/// <summary>Sends <c>~HS</c> and reads its three strings. A Zebra may stay silent while in a media or head fault: that times out (offline).</summary>
public sealed class ZplStatusReader : IPrinterStatusReader
{
    public async Task<PrinterStatus> QueryAsync(IPrinterTransport transport, CancellationToken replyDeadline)
    {
        ArgumentNullException.ThrowIfNull(transport);
        await transport.WriteAsync(ZplHostStatusParser.Query.ToArray(), replyDeadline).ConfigureAwait(false);
        var parser = new ZplHostStatusParser();
        var buffer = new byte[256];
        while (true)
        {
            var read = await transport.ReadAsync(buffer, replyDeadline).ConfigureAwait(false);
            if (!parser.Accept(buffer.AsSpan(0, read)))
                continue;
            return parser.Result?.ToPrinterStatus()
                ?? PrinterStatus.Faulted(PrinterFaults.Offline, "unreadable ~HS reply: " + parser.Error);
        }
    }
}
