namespace PackStation.Hardware.Devices;

/// <summary>Holds a device's health and raises <see cref="Changed"/> only on a real change. Thread-safe.</summary>
public sealed class HealthTracker(object sender, DeviceHealth initial)
{
    private DeviceHealth _current = initial;

    public DeviceHealth Current => Volatile.Read(ref _current);

    public event EventHandler<DeviceHealth>? Changed;

    public void Set(DeviceHealth health)
    {
        ArgumentNullException.ThrowIfNull(health);
        var previous = Interlocked.Exchange(ref _current, health);
        if (previous != health)
            Changed?.Invoke(sender, health);
    }
}
