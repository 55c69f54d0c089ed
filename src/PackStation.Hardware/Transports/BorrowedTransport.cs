using PackStation.Hardware.Devices;

namespace PackStation.Hardware.Transports;

/// <summary>
/// A transport lent to a device rather than given (dotnet/iot's <c>shouldDispose: false</c>, as a decorator): every
/// operation passes through, but disposing it leaves the inner transport open for its owner. Devices always dispose
/// the transport they were handed; whether that closes the port is the transport's to say.
/// </summary>
public sealed class BorrowedTransport(IDeviceTransport inner) : IDeviceTransport
{
    public string Name => inner.Name;

    public DeviceHealth Health => inner.Health;

    public event EventHandler<DeviceHealth>? HealthChanged
    {
        add => inner.HealthChanged += value;
        remove => inner.HealthChanged -= value;
    }

    public ValueTask ConnectAsync(CancellationToken cancellationToken) => inner.ConnectAsync(cancellationToken);

    public ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken) => inner.ReadAsync(buffer, cancellationToken);

    public ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken) => inner.WriteAsync(data, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
