using PackStation.Hardware.Devices;
using PackStation.Hardware.Transports;

namespace PackStation.Hardware.Printers.Transports;

/// <summary>
/// The USB printer class device (<c>/dev/usb/lpN</c>, usblp), opened once per <see cref="OpenAsync"/> as a
/// <see cref="DeviceFileConnection"/> (written like a file; what the printer answers is read by the connection's own
/// thread). A failed read or write forgets the connection, so the next open starts afresh. Not every printer answers
/// over usblp: use status command "none" in the profile for those.
/// </summary>
public sealed class DeviceFilePrinterTransport(string path) : IPrinterTransport
{
    private readonly DeviceFileOpener _opener = new(path, FileAccess.ReadWrite);
    private DeviceFileConnection? _connection;

    public string Name => path;

    public bool CanRead => true;

    public ValueTask OpenAsync(CancellationToken cancellationToken)
    {
        if (_connection is not null)
            return ValueTask.CompletedTask;
        try
        {
            _connection = _opener.OpenFile();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DeviceDisconnectedException($"{path}: {e.Message}", e);
        }

        return ValueTask.CompletedTask;
    }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var connection = _connection ?? throw new DeviceDisconnectedException($"{path}: not open.");
        try
        {
            await connection.WriteAsync(data, cancellationToken).ConfigureAwait(false);
        }
        catch (DeviceDisconnectedException e)
        {
            throw Lose(e);
        }
    }

    public async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var connection = _connection ?? throw new DeviceDisconnectedException($"{path}: not open.");
        try
        {
            return await connection.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (DeviceDisconnectedException e)
        {
            throw Lose(e);
        }
    }

    public void DiscardInput() => _connection?.DiscardInput();

    public ValueTask EndJobAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        _connection?.Dispose();
        _connection = null;
        return ValueTask.CompletedTask;
    }

    private DeviceDisconnectedException Lose(DeviceDisconnectedException cause)
    {
        _connection?.Dispose();
        _connection = null;
        return new DeviceDisconnectedException($"{path}: {cause.Message}", cause);
    }
}
