using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scanners.Evdev;
using PackStation.Hardware.Scanners.HidPos;
using PackStation.Hardware.Scanners.Serial;
using PackStation.Hardware.Transports;

namespace PackStation.Hardware.Scanners;

/// <summary>
/// The scanner driver: a scanner profile becomes a <see cref="TransportScanner"/> composing the transport its
/// <c>transport.type</c> names and the record decoder for what that transport carries — <c>serial</c> (RS-232, USB
/// CDC-ACM): the scan text itself; <c>evdev</c> (keyboard wedge): input events, the device grabbed on every open;
/// <c>hidraw</c> (HID POS): 64-byte reports. A new way to connect a scanner is one more case in <see cref="Compose"/>.
/// </summary>
public sealed class ScannerDriver(TimeProvider clock, ILoggerFactory? loggerFactory = null) : IDeviceDriver<IBarcodeScanner>
{
    private static readonly Dictionary<string, string> PortHints = new(StringComparer.OrdinalIgnoreCase)
    {
        ["serial"] = "is a serial scanner: set its Port (e.g. /dev/packstation/scanner-s01)",
        ["evdev"] = "is a keyboard scanner: set its Port to /dev/input/by-id/…-event-kbd or /dev/packstation/scanner-…",
        ["hidraw"] = "is a HID POS scanner: set its Port to /dev/hidrawN or /dev/packstation/scanner-…",
    };

    private readonly ILoggerFactory _loggers = loggerFactory ?? NullLoggerFactory.Instance;
    private readonly DeviceTransports _transports = new(clock, loggerFactory ?? NullLoggerFactory.Instance);

    public bool CanOpen(HardwareProfile profile) =>
        profile is { Kind: DeviceKind.Scanner } && PortHints.ContainsKey(profile.Transport.Type);

    public IBarcodeScanner Open(HardwareProfile profile, DeviceBinding binding)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(binding);
        var type = profile.Transport.Type;
        if (string.IsNullOrWhiteSpace(binding.Port))
            throw new ArgumentException($"Scanner profile \"{profile.Id}\" {PortHints.GetValueOrDefault(type, "needs a Port")}.", nameof(binding));
        var settings = profile.Scanner ?? new ScannerSettings();
        var (transport, newDecoder) = Compose(profile, settings, binding.Port);
        return new TransportScanner(transport, newDecoder, settings, clock, _loggers.CreateLogger<TransportScanner>());
    }

    private (IDeviceTransport Transport, Func<IScanRecordDecoder> NewDecoder) Compose(HardwareProfile profile, ScannerSettings settings, string port)
    {
        switch (profile.Transport.Type.ToLowerInvariant())
        {
            case "serial":
                return (_transports.Serial(profile.Transport, port), () => new SerialBytesDecoder());
            case "evdev":
                var layout = KeyboardLayout.From(settings.KeyboardLayout, settings.KeyMap);
                var grabbing = new EvdevGrabOpener(new DeviceFileOpener(port), _loggers.CreateLogger<EvdevGrabOpener>());
                return (_transports.Reconnecting(grabbing), () => new EvdevKeyDecoder(layout));
            case "hidraw":
                return (_transports.DeviceFile(port), () => new HidPosReportDecoder());
            default:
                throw new ProfileException($"No scanner transport \"{profile.Transport.Type}\" in profile \"{profile.Id}\" (serial, evdev or hidraw).");
        }
    }
}
