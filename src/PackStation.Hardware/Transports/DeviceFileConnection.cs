using System.Threading.Channels;
using PackStation.Hardware.Devices;

namespace PackStation.Hardware.Transports;

/// <summary>
/// One open of a Linux device file (<see cref="LinuxDeviceFile"/>). A read on a character device cannot be cancelled
/// once started, so a dedicated thread polls and reads, one chunk per read(2) (record boundaries kept), into a queue
/// that <see cref="ReadAsync"/> takes from with the caller's token; the thread ends within a poll slice of
/// <see cref="Dispose"/>. Writes poll for room and write on the caller's thread pool task. At most
/// <see cref="QueueLimit"/> reads wait unread; past that the oldest is dropped (nobody is reading the device).
/// </summary>
public sealed class DeviceFileConnection : IDeviceConnection
{
    public const int QueueLimit = 4096;

    private readonly LinuxDeviceFile _file;
    private readonly Channel<byte[]> _received = Channel.CreateBounded<byte[]>(
        new BoundedChannelOptions(QueueLimit) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.DropOldest });

    private readonly CancellationTokenSource _closing = new();
    private byte[] _pending = [];
    private int _pendingOffset;

    private DeviceFileConnection(LinuxDeviceFile file) => _file = file;

    /// <summary>The open file, for ioctls (the evdev grab).</summary>
    public LinuxDeviceFile File => _file;

    public static DeviceFileConnection Open(string path, FileAccess access)
    {
        var connection = new DeviceFileConnection(LinuxDeviceFile.Open(path, access));
        var reader = new Thread(connection.ReadLoop) { IsBackground = true, Name = "device file " + path };
        reader.Start();
        return connection;
    }

    public async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        if (_pendingOffset >= _pending.Length)
        {
            try
            {
                _pending = await _received.Reader.ReadAsync(cancellationToken);
            }
            catch (ChannelClosedException e)
            {
                throw new DeviceDisconnectedException(e.InnerException?.Message ?? "closed", e);
            }

            _pendingOffset = 0;
        }

        var count = Math.Min(buffer.Length, _pending.Length - _pendingOffset);
        _pending.AsMemory(_pendingOffset, count).CopyTo(buffer);
        _pendingOffset += count;
        return count;
    }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken) =>
        await Task.Run(() => _file.Write(data, cancellationToken), cancellationToken);

    /// <summary>Drops what was received and not read yet (a late reply to an earlier query).</summary>
    public void DiscardInput()
    {
        _pendingOffset = _pending.Length;
        while (_received.Reader.TryRead(out _))
        {
        }
    }

    public void Dispose()
    {
        if (_closing.IsCancellationRequested)
            return;
        _closing.Cancel();
        _file.Dispose();
    }

    private void ReadLoop()
    {
        var buffer = new byte[4096];
        try
        {
            while (true)
            {
                var read = _file.Read(buffer, _closing.Token);
                _received.Writer.TryWrite(buffer[..read]);
            }
        }
        catch (OperationCanceledException)
        {
            _received.Writer.TryComplete();
        }
        catch (DeviceDisconnectedException e)
        {
            _received.Writer.TryComplete(e);
        }
    }
}
