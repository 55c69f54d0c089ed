using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using PackStation.Hardware.Profiles;

namespace PackStation.Hardware.Scanners;

/// <summary>
/// The consumer side every scanner driver shares: takes chunks from the driver's dedicated read loop, decodes them
/// with the profile's settings, flushes half scans when the device goes quiet or away, and yields each scan once.
/// </summary>
internal static class ScanReadLoop
{
    public static async IAsyncEnumerable<Scan> DecodeAsync(
        Func<ChannelWriter<ScanChunk>, CancellationToken, Task> pump,
        ScannerSettings settings,
        string port,
        TimeProvider clock,
        ILogger logger,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<ScanChunk>(new BoundedChannelOptions(1024) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pumping = Task.Run(async () =>
        {
            try
            {
                await pump(channel.Writer, stop.Token);
                channel.Writer.TryComplete();
            }
            catch (Exception e)
            {
                channel.Writer.TryComplete(e);
            }
        }, CancellationToken.None);

        var decoder = new ScanStreamDecoder(settings);
        var scans = new List<Scan>();
        try
        {
            while (true)
            {
                var next = await NextAsync(channel.Reader, decoder.HasPending ? decoder.IdleFlushAfter : null, clock, cancellationToken);
                if (next is not { } chunk)
                {
                    if (channel.Reader.Completion.IsCompleted)
                        yield break;
                    decoder.FlushIdle(scans);
                }
                else if (chunk.Lost is { } reason)
                {
                    logger.Disconnected(port, reason);
                    decoder.FlushDisconnected(reason, scans);
                }
                else
                {
                    decoder.Push(chunk.Bytes, chunk.At, scans);
                    if (chunk.Taint is { } damage)
                        decoder.Taint(damage, chunk.At);
                    if (chunk.EndOfScan)
                        decoder.EndScan(scans);
                }

                foreach (var scan in scans)
                {
                    if (scan.Valid && logger.IsEnabled(LogLevel.Debug))
                        logger.Scanned(port, scan.Symbology, Printable.Escape(scan.Data));
                    else if (!scan.Valid)
                        logger.InvalidScan(port, scan.Error ?? "invalid", scan.Data);
                    yield return scan;
                }

                scans.Clear();
            }
        }
        finally
        {
            await stop.CancelAsync();
            await pumping;
        }
    }

    /// <summary>The next chunk; null when <paramref name="idle"/> passed first or the pump finished.</summary>
    private static async ValueTask<ScanChunk?> NextAsync(ChannelReader<ScanChunk> reader, TimeSpan? idle, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (reader.TryRead(out var ready))
            return ready;
        if (idle is not { } wait)
        {
            if (await reader.WaitToReadAsync(cancellationToken))
                return reader.TryRead(out var chunk) ? chunk : null;
            return null;
        }

        using var timer = new CancellationTokenSource(wait, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            if (await reader.WaitToReadAsync(linked.Token))
                return reader.TryRead(out var chunk) ? chunk : null;
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
