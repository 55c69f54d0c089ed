using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Transports;

namespace PackStation.Hardware.Scanners.Serial;

/// <summary>Opens scanners whose profile transport is "serial" on the binding's port (a tty path or symlink).</summary>
public sealed class SerialScannerDriver(TimeProvider clock, ILoggerFactory? loggerFactory = null) : IDeviceDriver<IBarcodeScanner>
{
    private readonly ILoggerFactory _loggers = loggerFactory ?? NullLoggerFactory.Instance;

    public bool CanOpen(HardwareProfile profile) =>
        profile is { Kind: DeviceKind.Scanner } && string.Equals(profile.Transport.Type, "serial", StringComparison.OrdinalIgnoreCase);

    public IBarcodeScanner Open(HardwareProfile profile, DeviceBinding binding)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(binding);
        if (string.IsNullOrWhiteSpace(binding.Port))
            throw new ArgumentException($"Scanner profile \"{profile.Id}\" is a serial scanner: set its Port (e.g. /dev/packstation/scanner-s01).", nameof(binding));
        var settings = profile.Scanner ?? new ScannerSettings();
        var port = new ReconnectingTransport(new SerialPortOpener(SerialPortOptions.From(profile.Transport, binding.Port)), null, clock, _loggers.CreateLogger<ReconnectingTransport>());
        return new SerialBarcodeScanner(port, settings, clock, _loggers.CreateLogger<SerialBarcodeScanner>());
    }
}
