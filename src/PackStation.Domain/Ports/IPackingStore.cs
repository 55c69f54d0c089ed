using PackStation.Domain.Events;

namespace PackStation.Domain.Ports;

/// <summary>The station's durable record: every step is committed before its feedback is shown.</summary>
public interface IPackingStore
{
    /// <summary>Stores a step atomically. Throws if the station no longer holds the order it changes.</summary>
    Task CommitAsync(PackCommit commit, CancellationToken cancellationToken);

    /// <summary>Events after <paramref name="afterSequence"/>, oldest first.</summary>
    Task<IReadOnlyList<PackEvent>> ReadEventsAsync(long afterSequence, int limit, CancellationToken cancellationToken);

    /// <summary>Events since a time, oldest first (the dashboard's day).</summary>
    Task<IReadOnlyList<PackEvent>> ReadEventsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    Task<IReadOnlyList<PackEvent>> ReadOrderEventsAsync(string orderId, CancellationToken cancellationToken);
}
