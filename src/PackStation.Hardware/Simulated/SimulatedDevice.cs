using PackStation.Hardware.Devices;

namespace PackStation.Hardware.Simulated;

/// <summary>What the simulated twins share: a name and a health that tests and the demo set (<see cref="SetHealth"/>).</summary>
public abstract class SimulatedDevice : IDevice
{
    private readonly HealthTracker _health;

    protected SimulatedDevice(string name)
    {
        Name = name;
        _health = new HealthTracker(this, DeviceHealth.Connected);
    }

    public string Name { get; }

    public DeviceHealth Health => _health.Current;

    public event EventHandler<DeviceHealth>? HealthChanged
    {
        add => _health.Changed += value;
        remove => _health.Changed -= value;
    }

    public void SetHealth(DeviceHealth health) => _health.Set(health);

    public ValueTask DisposeAsync()
    {
        Close();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Ends what the twin yields (its enumerations finish).</summary>
    protected virtual void Close()
    {
    }
}
