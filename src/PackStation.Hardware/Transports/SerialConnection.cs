using System.IO.Ports;

namespace PackStation.Hardware.Transports;

/// <summary>One successful open of a serial port. A lost connection is never reused: the port reopens into a new one.</summary>
internal sealed class SerialConnection : IDisposable
{
    private SerialConnection(SerialPort port)
    {
        Port = port;
        Stream = port.BaseStream;
    }

    public SerialPort Port { get; }

    public Stream Stream { get; }

    /// <summary>Opens the path as it is now (a symlink such as /dev/serial/by-id/… is resolved afresh on every open).</summary>
    public static SerialConnection Open(SerialPortOptions options)
    {
        var port = new SerialPort(options.Path, options.BaudRate, options.Parity, options.DataBits, options.StopBits)
        {
            Handshake = options.Handshake,
            ReadTimeout = ToMilliseconds(options.ReadTimeout),
            WriteTimeout = ToMilliseconds(options.WriteTimeout),
        };
        try
        {
            port.Open();
            return new SerialConnection(port);
        }
        catch
        {
            port.Dispose();
            throw;
        }
    }

    public void Dispose() => Port.Dispose();

    private static int ToMilliseconds(TimeSpan timeout) => (int)Math.Clamp(timeout.TotalMilliseconds, 1, int.MaxValue);
}
