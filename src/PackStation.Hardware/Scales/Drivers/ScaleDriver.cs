using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Transports;

namespace PackStation.Hardware.Scales.Drivers;

/// <summary>
/// The scale driver: a scale profile becomes a <see cref="TransportScale"/> composing the transport its
/// <c>transport.type</c> names and the protocol its <c>scale.protocol</c> names — <c>serial</c> with SMA, Toledo,
/// MT-SICS, CAS, CAS ECR or NCI; <c>hidraw</c> with <c>hid-pos</c>. A new protocol is one more case in
/// <see cref="ScaleProtocols.Create"/>; a new way to connect a scale one more case in <see cref="TransportFor"/>.
/// </summary>
public sealed class ScaleDriver(TimeProvider clock, ILoggerFactory? loggerFactory = null) : IDeviceDriver<IScale>
{
    private readonly ILoggerFactory _loggers = loggerFactory ?? NullLoggerFactory.Instance;
    private readonly DeviceTransports _transports = new(clock, loggerFactory ?? NullLoggerFactory.Instance);

    public bool CanOpen(HardwareProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var protocol = profile.Scale?.Protocol;
        return profile.Kind == DeviceKind.Scale && profile.Transport.Type.ToLowerInvariant() switch
        {
            "serial" => ScaleProtocols.IsSerial(protocol),
            "hidraw" => ScaleProtocols.IsHidPos(protocol),
            _ => false,
        };
    }

    public IScale Open(HardwareProfile profile, DeviceBinding binding)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(binding);
        if (string.IsNullOrWhiteSpace(binding.Port))
            throw new ArgumentException($"Scale profile \"{profile.Id}\" needs {PortKind(profile)} (Port).", nameof(binding));
        var settings = profile.Scale ?? new ScaleSettings();
        var protocol = ScaleProtocols.Create(settings);
        return new TransportScale(TransportFor(profile, binding.Port), protocol, settings, clock, _loggers.CreateLogger<TransportScale>());
    }

    private ReconnectingTransport TransportFor(HardwareProfile profile, string port) =>
        IsHidraw(profile) ? _transports.DeviceFile(port) : _transports.Serial(profile.Transport, port);

    private static string PortKind(HardwareProfile profile) => IsHidraw(profile) ? "a hidraw device path" : "a serial port";

    private static bool IsHidraw(HardwareProfile profile) =>
        string.Equals(profile.Transport.Type, "hidraw", StringComparison.OrdinalIgnoreCase);
}
