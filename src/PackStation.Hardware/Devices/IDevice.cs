namespace PackStation.Hardware.Devices;

/// <summary>What every device has: a name for logs and screens, and a health that changes as it is unplugged or faults.</summary>
public interface IDevice : IAsyncDisposable
{
    /// <summary>Where the device is, e.g. "/dev/packstation/scanner-s01" or "simulated".</summary>
    string Name { get; }

    DeviceHealth Health { get; }

    event EventHandler<DeviceHealth>? HealthChanged;
}
