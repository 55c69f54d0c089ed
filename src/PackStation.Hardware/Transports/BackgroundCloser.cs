using Microsoft.Extensions.Logging;

namespace PackStation.Hardware.Transports;

/// <summary>
/// Disposes a device handle on a worker thread and waits at most a timeout for it: SerialPort.Close can hang forever
/// after a failed write (docs/protocols.md "Serial ports"), and a hung close must never block a reconnect or shutdown.
/// </summary>
internal static class BackgroundCloser
{
    public static async Task CloseAsync(IDisposable handle, string port, TimeSpan timeout, ILogger logger)
    {
        var closing = Task.Run(handle.Dispose);
        try
        {
            await closing.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            logger.CloseAbandoned(port, timeout);
        }
        catch (Exception e)
        {
            logger.CloseFailed(e, port);
        }
    }
}
