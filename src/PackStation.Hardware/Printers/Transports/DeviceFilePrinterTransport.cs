using System.Threading.Channels;
using PackStation.Hardware.Devices;

namespace PackStation.Hardware.Printers.Transports;

/// <summary>
/// The USB printer class device (<c>/dev/usb/lpN</c>, usblp): written like a file; what the printer answers is read by
/// a dedicated reader thread (reads on a character device block and cannot be cancelled) into a queue that
/// <see cref="ReadAsync"/> takes from with the caller's deadline. Not every printer answers over usblp: use status
/// command "none" in the profile for those.
/// </summary>
public sealed class DeviceFilePrinterTransport(string path) : IPrinterTransport
{
    private FileStream? _stream;
    private Channel<byte[]>? _received;
    private byte[] _pending = [];
    private int _pendingOffset;

    public string Name => path;

    public bool CanRead => true;

    public ValueTask OpenAsync(CancellationToken cancellationToken)
    {
        if (_stream is not null)
            return ValueTask.CompletedTask;
        try
        {
            _stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DeviceDisconnectedException($"{path}: {e.Message}", e);
        }

        var received = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        _received = received;
        var stream = _stream;
        _ = Task.Factory.StartNew(() => ReadLoop(stream, received.Writer), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return ValueTask.CompletedTask;
    }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var stream = _stream ?? throw new DeviceDisconnectedException($"{path}: not open.");
        try
        {
            await stream.WriteAsync(data, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            Close();
            throw new DeviceDisconnectedException($"{path}: {e.Message}", e);
        }
    }

    public async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var received = _received ?? throw new DeviceDisconnectedException($"{path}: not open.");
        if (_pendingOffset >= _pending.Length)
        {
            try
            {
                _pending = await received.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (ChannelClosedException e)
            {
                Close();
                throw new DeviceDisconnectedException($"{path}: the device went away.", e);
            }

            _pendingOffset = 0;
        }

        var count = Math.Min(buffer.Length, _pending.Length - _pendingOffset);
        _pending.AsMemory(_pendingOffset, count).CopyTo(buffer);
        _pendingOffset += count;
        return count;
    }

    public void DiscardInput()
    {
        _pendingOffset = _pending.Length;
        while (_received?.Reader.TryRead(out _) == true)
        {
        }
    }

    public ValueTask EndJobAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        Close();
        return ValueTask.CompletedTask;
    }

    private void Close()
    {
        _stream?.Dispose();
        _stream = null;
        _received = null;
        _pending = [];
        _pendingOffset = 0;
    }

    private static void ReadLoop(FileStream stream, ChannelWriter<byte[]> writer)
    {
        var buffer = new byte[256];
        try
        {
            while (true)
            {
                var read = stream.Read(buffer);
                if (read <= 0)
                    break;
                writer.TryWrite(buffer[..read]);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or UnauthorizedAccessException or NotSupportedException)
        {
            // The device went away or was closed: readers see the closed channel.
        }
        finally
        {
            writer.TryComplete();
        }
    }
}
