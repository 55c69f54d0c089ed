using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Transports;

namespace PackStation.Hardware.Scanners.Evdev;

/// <summary>
/// Opens keyboard-wedge scanners (profile transport "evdev") on /dev/input/eventN — best by its
/// /dev/input/by-id/…-event-kbd name — and grabs them (EVIOCGRAB) so scans never type into another window.
/// </summary>
public sealed class EvdevScannerDriver(TimeProvider clock, ILoggerFactory? loggerFactory = null) : IDeviceDriver<IBarcodeScanner>
{
    /// <summary>_IOW('E', 0x90, int): exclusive delivery of the device's events to this process.</summary>
    public const uint EvIocGrab = 0x40044590;

    /// <summary>EVIOCGNAME(256): the device's name.</summary>
    public const uint EvIocGName256 = 0x81004506;

    private readonly ILoggerFactory _loggers = loggerFactory ?? NullLoggerFactory.Instance;

    public bool CanOpen(HardwareProfile profile) =>
        profile is { Kind: DeviceKind.Scanner } && string.Equals(profile.Transport.Type, "evdev", StringComparison.OrdinalIgnoreCase);

    public IBarcodeScanner Open(HardwareProfile profile, DeviceBinding binding)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(binding);
        if (string.IsNullOrWhiteSpace(binding.Port))
            throw new ArgumentException($"Scanner profile \"{profile.Id}\" is a keyboard scanner: set its Port to /dev/input/by-id/…-event-kbd or /dev/packstation/scanner-….", nameof(binding));
        var settings = profile.Scanner ?? new ScannerSettings();
        var layout = KeyboardLayout.From(settings.KeyboardLayout, settings.KeyMap);
        return Create(binding.Port, settings, layout, exclusive: true, clock, _loggers.CreateLogger<EvdevScannerDriver>());
    }

    /// <summary>A keyboard-wedge scanner on <paramref name="path"/>; <paramref name="exclusive"/> grabs the device.</summary>
    public static DeviceFileBarcodeScanner Create(string path, ScannerSettings settings, KeyboardLayout layout, bool exclusive, TimeProvider? clock = null, ILogger? logger = null, TimeSpan? reconnectDelay = null) =>
        new(path, settings, () => new EvdevKeyDecoder(layout), exclusive ? Grab : null, clock, logger, reconnectDelay);

    private static void Grab(LinuxDeviceFile file, ILogger logger)
    {
        var errno = file.Ioctl(EvIocGrab, 1);
        if (errno != 0)
        {
            logger.GrabFailed(file.Path, $"EVIOCGRAB failed with errno {errno} (another program holds the device, or it is not an input device)");
            return;
        }

        var name = new byte[256];
        var deviceName = file.Ioctl(EvIocGName256, name) == 0 ? Encoding.UTF8.GetString(name).TrimEnd('\0') : "unknown";
        logger.Grabbed(file.Path, deviceName);
    }
}
