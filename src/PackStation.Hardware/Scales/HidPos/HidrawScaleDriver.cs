using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;

namespace PackStation.Hardware.Scales.HidPos;

/// <summary>Opens USB HID POS scales (transport "hidraw", protocol "hid-pos") at the bound device path.</summary>
public sealed class HidrawScaleDriver(TimeProvider clock, ILoggerFactory? loggerFactory = null) : IDeviceDriver<IScale>
{
    private readonly ILoggerFactory _loggers = loggerFactory ?? NullLoggerFactory.Instance;

    public bool CanOpen(HardwareProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Kind == DeviceKind.Scale
            && string.Equals(profile.Transport.Type, "hidraw", StringComparison.OrdinalIgnoreCase)
            && string.Equals(profile.Scale?.Protocol, "hid-pos", StringComparison.OrdinalIgnoreCase);
    }

    public IScale Open(HardwareProfile profile, DeviceBinding binding)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(binding);
        if (string.IsNullOrWhiteSpace(binding.Port))
            throw new ArgumentException($"Scale profile \"{profile.Id}\" needs a hidraw device path (Port).", nameof(binding));
        return new HidrawScale(binding.Port, profile.Scale ?? new ScaleSettings { Protocol = "hid-pos" }, clock, _loggers.CreateLogger<HidrawScale>());
    }
}
