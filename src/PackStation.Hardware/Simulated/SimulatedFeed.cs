using System.Threading.Channels;

namespace PackStation.Hardware.Simulated;

/// <summary>A simulated twin that yields what it is fed (scans, readings), in order, until it is disposed.</summary>
public abstract class SimulatedFeed<T>(string name, TimeProvider? clock) : SimulatedDevice(name)
{
    private readonly Channel<T> _items = Channel.CreateUnbounded<T>(new UnboundedChannelOptions { SingleReader = true });

    protected TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    protected override void Close() => _items.Writer.TryComplete();

    protected void Feed(T item)
    {
        if (!_items.Writer.TryWrite(item))
            throw new InvalidOperationException($"The simulated device {Name} is closed.");
    }

    protected IAsyncEnumerable<T> FedAsync(CancellationToken cancellationToken) => _items.Reader.ReadAllAsync(cancellationToken);
}
