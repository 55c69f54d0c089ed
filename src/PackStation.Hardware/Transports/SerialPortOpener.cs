namespace PackStation.Hardware.Transports;

/// <summary>Opens a serial port (RS-232, USB CDC-ACM, USB-serial bridge, pty) with a profile's line settings.</summary>
public sealed class SerialPortOpener(SerialPortOptions options) : IDeviceOpener
{
    public string Path => options.Path;

    public IDeviceConnection Open() => SerialConnection.Open(options);
}
