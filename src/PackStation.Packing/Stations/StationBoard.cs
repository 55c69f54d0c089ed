using System.Collections.Concurrent;
using System.Threading.Channels;

namespace PackStation.Packing.Stations;

/// <summary>
/// The latest snapshot of every station, and a way to follow changes: the web's live screens subscribe, simulated
/// packers wait for the state they expect. Publishing never blocks a station: slow subscribers lose old snapshots,
/// never the newest.
/// </summary>
public sealed class StationBoard
{
    private readonly ConcurrentDictionary<string, StationSnapshot> _snapshots = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<Channel<StationSnapshot>, string?> _subscribers = new();

    public IReadOnlyCollection<StationSnapshot> All => _snapshots.Values.OrderBy(s => s.StationId, StringComparer.Ordinal).ToList();

    public StationSnapshot? Get(string stationId) => _snapshots.GetValueOrDefault(stationId);

    public void Publish(StationSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _snapshots[snapshot.StationId] = snapshot;
        foreach (var (channel, filter) in _subscribers)
        {
            if (filter is null || string.Equals(filter, snapshot.StationId, StringComparison.OrdinalIgnoreCase))
                channel.Writer.TryWrite(snapshot);
        }
    }

    /// <summary>Follows one station (or all with null) until the token is cancelled.</summary>
    public async IAsyncEnumerable<StationSnapshot> FollowAsync(string? stationId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<StationSnapshot>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        _subscribers[channel] = stationId;
        try
        {
            await foreach (var snapshot in channel.Reader.ReadAllAsync(cancellationToken))
                yield return snapshot;
        }
        finally
        {
            _subscribers.TryRemove(channel, out _);
        }
    }

    /// <summary>Waits until the station's snapshot satisfies <paramref name="condition"/> (checked now and on every change).</summary>
    public async Task<StationSnapshot> WaitForAsync(string stationId, Func<StationSnapshot, bool> condition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var channel = Channel.CreateUnbounded<StationSnapshot>(new UnboundedChannelOptions { SingleReader = true });
        _subscribers[channel] = stationId;
        try
        {
            if (Get(stationId) is { } current && condition(current))
                return current;
            await foreach (var snapshot in channel.Reader.ReadAllAsync(cancellationToken))
            {
                if (condition(snapshot))
                    return snapshot;
            }

            throw new OperationCanceledException(cancellationToken);
        }
        finally
        {
            _subscribers.TryRemove(channel, out _);
        }
    }
}
