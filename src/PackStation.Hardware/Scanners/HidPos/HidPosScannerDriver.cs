using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;

namespace PackStation.Hardware.Scanners.HidPos;

/// <summary>Opens HID POS scanners (profile transport "hidraw") on /dev/hidrawN or a udev name for it.</summary>
public sealed class HidPosScannerDriver(TimeProvider clock, ILoggerFactory? loggerFactory = null) : IDeviceDriver<IBarcodeScanner>
{
    private readonly ILoggerFactory _loggers = loggerFactory ?? NullLoggerFactory.Instance;

    public bool CanOpen(HardwareProfile profile) =>
        profile is { Kind: DeviceKind.Scanner } && string.Equals(profile.Transport.Type, "hidraw", StringComparison.OrdinalIgnoreCase);

    public IBarcodeScanner Open(HardwareProfile profile, DeviceBinding binding)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(binding);
        if (string.IsNullOrWhiteSpace(binding.Port))
            throw new ArgumentException($"Scanner profile \"{profile.Id}\" is a HID POS scanner: set its Port to /dev/hidrawN or /dev/packstation/scanner-….", nameof(binding));
        return Create(binding.Port, profile.Scanner ?? new ScannerSettings(), clock, _loggers.CreateLogger<HidPosScannerDriver>());
    }

    public static DeviceFileBarcodeScanner Create(string path, ScannerSettings settings, TimeProvider? clock = null, ILogger? logger = null, TimeSpan? reconnectDelay = null) =>
        new(path, settings, () => new HidPosReportDecoder(), null, clock, logger, reconnectDelay);
}
