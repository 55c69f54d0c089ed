using PackStation.Hardware.Devices;

namespace PackStation.Hardware.Transports;

/// <summary>
/// What every device built on an <see cref="IDeviceTransport"/> shares: its name and health are the transport's, and
/// disposing the device disposes the transport it was given (a <see cref="BorrowedTransport"/> stays open).
/// </summary>
public abstract class TransportDevice(IDeviceTransport transport) : IDevice
{
    protected IDeviceTransport Transport { get; } = transport ?? throw new ArgumentNullException(nameof(transport));

    public string Name => Transport.Name;

    public DeviceHealth Health => Transport.Health;

    public event EventHandler<DeviceHealth>? HealthChanged
    {
        add => Transport.HealthChanged += value;
        remove => Transport.HealthChanged -= value;
    }

    public virtual async ValueTask DisposeAsync()
    {
        await Transport.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
