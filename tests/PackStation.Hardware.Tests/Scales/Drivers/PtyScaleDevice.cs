using PackStation.TestKit;

namespace PackStation.Hardware.Tests.Scales.Drivers;

/// <summary>
/// The test playing a scale on the far end of a socat pair. Polled: every request read from the line is answered by
/// <c>respond</c> (which may return nothing). Streaming: <c>next</c> is written every few milliseconds.
/// Everything the driver sent is kept in <see cref="Received"/>.
/// </summary>
internal sealed class PtyScaleDevice : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly FileStream _far;
    private readonly Task _loop;
    private readonly List<byte> _received = [];

    private PtyScaleDevice(SocatPair pair, Func<byte[], byte[]?>? respond, Func<byte[]>? next)
    {
        _far = pair.OpenFar();
        _loop = respond is not null ? Task.Run(() => AnswerAsync(respond)) : Task.Run(() => StreamAsync(next!));
    }

    public byte[] Received
    {
        get
        {
            lock (_received)
                return [.. _received];
        }
    }

    public static PtyScaleDevice Answering(SocatPair pair, Func<byte[], byte[]?> respond) => new(pair, respond, null);

    public static PtyScaleDevice Streaming(SocatPair pair, Func<byte[]> next) => new(pair, null, next);

    /// <summary>Frames served in order; the last one repeats.</summary>
    public static Func<byte[]> Script(params string[] frames)
    {
        var index = 0;
        return () => FrameBytes.Of(frames[Math.Min(Interlocked.Increment(ref index) - 1, frames.Length - 1)]);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _far.DisposeAsync();
        // A read on the pty cannot be cancelled; it ends when socat goes. Its fault, if any, is observed, not awaited.
        _ = _loop.ContinueWith(t => t.Exception, TaskScheduler.Default);
    }

    private async Task AnswerAsync(Func<byte[], byte[]?> respond)
    {
        var buffer = new byte[64];
        while (!_stop.IsCancellationRequested)
        {
            var read = await _far.ReadAsync(buffer, _stop.Token);
            if (read == 0)
                return;
            var request = buffer[..read];
            lock (_received)
                _received.AddRange(request);
            if (respond(request) is { Length: > 0 } reply)
                await _far.WriteAsync(reply, _stop.Token);
        }
    }

    private async Task StreamAsync(Func<byte[]> next)
    {
        while (!_stop.IsCancellationRequested)
        {
            await _far.WriteAsync(next(), _stop.Token);
            await Task.Delay(15, _stop.Token);
        }
    }
}
