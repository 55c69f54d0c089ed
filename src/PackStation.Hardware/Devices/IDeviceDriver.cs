using PackStation.Hardware.Profiles;

namespace PackStation.Hardware.Devices;

/// <summary>
/// Opens one family of devices (a transport and protocol) for the profiles it understands. Drivers are registered
/// in the container; <see cref="DeviceFactory"/> asks each in turn.
/// </summary>
public interface IDeviceDriver<out TDevice> where TDevice : IDevice
{
    bool CanOpen(HardwareProfile profile);

    /// <summary>Creates the device. It connects on first use and reconnects by itself; a bad binding throws <see cref="ArgumentException"/>.</summary>
    TDevice Open(HardwareProfile profile, DeviceBinding binding);
}
