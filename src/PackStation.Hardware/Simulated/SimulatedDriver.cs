using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;

namespace PackStation.Hardware.Simulated;

/// <summary>
/// Opens a device kind's simulated twin for profiles whose transport is "simulated" (the demo site, simulate, tests):
/// one driver for every kind, given how to make the twin.
/// </summary>
public sealed class SimulatedDriver<TDevice>(Func<HardwareProfile, TDevice> create) : IDeviceDriver<TDevice>
    where TDevice : IDevice
{
    public bool CanOpen(HardwareProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.IsSimulated;
    }

    public TDevice Open(HardwareProfile profile, DeviceBinding binding) => create(profile);
}
