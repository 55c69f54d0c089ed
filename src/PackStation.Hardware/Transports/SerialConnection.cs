using System.IO.Ports;
using PackStation.Hardware.Devices;

namespace PackStation.Hardware.Transports;

/// <summary>
/// One successful open of a serial port, read through <c>BaseStream.ReadAsync</c> with cancellation. Every way
/// System.IO.Ports reports a vanished device (IOException, ObjectDisposedException, a timed-out write, a zero-byte read)
/// becomes <see cref="DeviceDisconnectedException"/>; the port's own read timeout only wakes the read, which waits on.
/// </summary>
internal sealed class SerialConnection : IDeviceConnection
{
    private readonly SerialPortOptions _options;

    private SerialConnection(SerialPort port, SerialPortOptions options)
    {
        Port = port;
        Stream = port.BaseStream;
        _options = options;
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
            return new SerialConnection(port, options);
        }
        catch
        {
            port.Dispose();
            throw;
        }
    }

    public async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                var read = await Stream.ReadAsync(buffer, cancellationToken);
                return read > 0 ? read : throw new DeviceDisconnectedException("the port reported end of data");
            }
            catch (TimeoutException)
            {
                // The port's ReadTimeout passed with no data: nothing is wrong, keep waiting.
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e) when (IsDeviceGone(e))
            {
                throw new DeviceDisconnectedException(e.Message, e);
            }
        }
    }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        try
        {
            await Stream.WriteAsync(data, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutException e)
        {
            throw new DeviceDisconnectedException($"a write did not finish within {_options.WriteTimeout}", e);
        }
        catch (Exception e) when (IsDeviceGone(e))
        {
            throw new DeviceDisconnectedException(e.Message, e);
        }
    }

    public void Dispose() => Port.Dispose();

    private static bool IsDeviceGone(Exception e) =>
        e is IOException or ObjectDisposedException or InvalidOperationException or UnauthorizedAccessException or OperationCanceledException;

    private static int ToMilliseconds(TimeSpan timeout) => (int)Math.Clamp(timeout.TotalMilliseconds, 1, int.MaxValue);
}
