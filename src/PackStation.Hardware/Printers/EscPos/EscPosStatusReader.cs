using PackStation.Hardware.Printers.Transports;

namespace PackStation.Hardware.Printers.EscPos;

/// <summary>Polls DLE EOT 1, 2, 3 and 4, waiting for each reply before the next (as Epson asks).</summary>
public sealed class EscPosStatusReader : IPrinterStatusReader
{
    public async Task<PrinterStatus> QueryAsync(IPrinterTransport transport, CancellationToken replyDeadline)
    {
        ArgumentNullException.ThrowIfNull(transport);
        var decoder = new EscPosStatusDecoder();
        var replies = new byte[4];
        var buffer = new byte[64];
        for (var n = 1; n <= 4; n++)
        {
            await transport.WriteAsync(EscPosStatusInterpreter.Query(n).ToArray(), replyDeadline).ConfigureAwait(false);
            byte? reply = null;
            while (reply is null)
            {
                var read = await transport.ReadAsync(buffer, replyDeadline).ConfigureAwait(false);
                foreach (var frame in decoder.AcceptAll(buffer.AsSpan(0, read)))
                {
                    if (frame.Kind == EscPosStatusFrameKind.RealTimeStatus)
                        reply = frame.Bytes[0];
                }
            }

            replies[n - 1] = reply.Value;
        }

        return EscPosStatusInterpreter.FromRealTime(replies[0], replies[1], replies[2], replies[3]);
    }
}
