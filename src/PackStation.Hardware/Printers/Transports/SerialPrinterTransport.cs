using PackStation.Hardware.Devices;
using PackStation.Hardware.Transports;

namespace PackStation.Hardware.Printers.Transports;

/// <summary>
/// A printer on a serial line, through a reconnecting serial <see cref="IDeviceTransport"/> (which reopens after an
/// unplug): <see cref="OpenAsync"/> waits for the port at most <c>openTimeout</c>.
/// </summary>
public sealed class SerialPrinterTransport(IDeviceTransport port, TimeSpan openTimeout) : IPrinterTransport
{
    public string Name => port.Name;

    public bool CanRead => true;

    public async ValueTask OpenAsync(CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(openTimeout);
        try
        {
            await port.ConnectAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DeviceDisconnectedException($"{Name}: {port.Health.Reason ?? "cannot open the port"}.");
        }
    }

    public ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken) => port.WriteAsync(data, cancellationToken);

    public ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken) => port.ReadAsync(buffer, cancellationToken);

    public void DiscardInput()
    {
        // A serial transport has no non-blocking read; stale bytes are told apart by the status decoders.
    }

    public ValueTask EndJobAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => port.DisposeAsync();
}
