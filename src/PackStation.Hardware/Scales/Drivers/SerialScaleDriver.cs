using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Transports;

namespace PackStation.Hardware.Scales.Drivers;

/// <summary>Opens serial scales (SMA, Toledo, MT-SICS, CAS, CAS ECR, NCI) over a reconnecting serial port.</summary>
public sealed class SerialScaleDriver(TimeProvider clock, ILoggerFactory? loggerFactory = null) : IDeviceDriver<IScale>
{
    private readonly ILoggerFactory _loggers = loggerFactory ?? NullLoggerFactory.Instance;

    public bool CanOpen(HardwareProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Kind == DeviceKind.Scale
            && string.Equals(profile.Transport.Type, "serial", StringComparison.OrdinalIgnoreCase)
            && ScaleProtocols.IsSerial(profile.Scale?.Protocol);
    }

    public IScale Open(HardwareProfile profile, DeviceBinding binding)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(binding);
        if (string.IsNullOrWhiteSpace(binding.Port))
            throw new ArgumentException($"Scale profile \"{profile.Id}\" needs a serial port (Port).", nameof(binding));
        var settings = profile.Scale ?? new ScaleSettings();
        var protocol = ScaleProtocols.Create(settings);
        var port = new ReconnectingTransport(new SerialPortOpener(SerialPortOptions.From(profile.Transport, binding.Port)), null, clock, _loggers.CreateLogger<ReconnectingTransport>());
        return new SerialScale(protocol, port, settings, clock, _loggers.CreateLogger<SerialScale>());
    }
}
