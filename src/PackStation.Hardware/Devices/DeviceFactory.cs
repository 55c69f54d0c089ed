using PackStation.Hardware.Printers;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scales;
using PackStation.Hardware.Scanners;

namespace PackStation.Hardware.Devices;

/// <summary>Turns a station's <see cref="DeviceBinding"/> into a device through the profile and the first driver that can open it.</summary>
public sealed class DeviceFactory(
    ProfileLibrary profiles,
    IEnumerable<IDeviceDriver<IBarcodeScanner>> scannerDrivers,
    IEnumerable<IDeviceDriver<IScale>> scaleDrivers,
    IEnumerable<IDeviceDriver<IPrinter>> printerDrivers)
{
    public ProfileLibrary Profiles { get; } = profiles;

    public IBarcodeScanner CreateScanner(DeviceBinding binding) => Create(DeviceKind.Scanner, binding, scannerDrivers);

    public IScale CreateScale(DeviceBinding binding) => Create(DeviceKind.Scale, binding, scaleDrivers);

    public IPrinter CreatePrinter(DeviceBinding binding) => Create(DeviceKind.Printer, binding, printerDrivers);

    /// <summary>Checks a binding without opening anything: the profile exists and some driver can open it.</summary>
    public void Validate(DeviceKind kind, DeviceBinding binding)
    {
        var profile = Profiles.Get(kind, binding.Profile);
        var canOpen = kind switch
        {
            DeviceKind.Scanner => scannerDrivers.Any(d => d.CanOpen(profile)),
            DeviceKind.Scale => scaleDrivers.Any(d => d.CanOpen(profile)),
            _ => printerDrivers.Any(d => d.CanOpen(profile)),
        };
        if (!canOpen)
            throw new ProfileException($"No driver can open {kind.ToString().ToLowerInvariant()} profile \"{profile.Id}\" (transport {profile.Transport.Type}).");
    }

    private TDevice Create<TDevice>(DeviceKind kind, DeviceBinding binding, IEnumerable<IDeviceDriver<TDevice>> drivers)
        where TDevice : IDevice
    {
        ArgumentNullException.ThrowIfNull(binding);
        var profile = Profiles.Get(kind, binding.Profile);
        var driver = drivers.FirstOrDefault(d => d.CanOpen(profile))
            ?? throw new ProfileException($"No driver can open {kind.ToString().ToLowerInvariant()} profile \"{profile.Id}\" (transport {profile.Transport.Type}).");
        return driver.Open(profile, binding);
    }
}
