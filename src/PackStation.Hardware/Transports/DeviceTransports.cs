using Microsoft.Extensions.Logging;
using PackStation.Hardware.Profiles;

namespace PackStation.Hardware.Transports;

/// <summary>The reconnecting transports the drivers compose, built the same way for every device kind.</summary>
internal sealed class DeviceTransports(TimeProvider clock, ILoggerFactory loggers)
{
    /// <summary>A serial port with the profile's line settings; a bad setting throws <see cref="ArgumentException"/> naming it.</summary>
    public ReconnectingTransport Serial(TransportSettings settings, string path) =>
        Reconnecting(new SerialPortOpener(SerialPortOptions.From(settings, path)));

    /// <summary>A Linux device file read (and written, for printers) as it comes.</summary>
    public ReconnectingTransport DeviceFile(string path) => Reconnecting(new DeviceFileOpener(path));

    public ReconnectingTransport Reconnecting(IDeviceOpener opener) =>
        new(opener, ReconnectOptions.Default, clock, loggers.CreateLogger<ReconnectingTransport>());

    public ILogger Logger<T>() => loggers.CreateLogger<T>();
}
