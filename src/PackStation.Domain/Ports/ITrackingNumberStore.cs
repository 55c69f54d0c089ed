namespace PackStation.Domain.Ports;

/// <summary>
/// The durable side of tracking numbers: pools of carrier-allocated numbers (imported once, each handed out once,
/// atomically) and named sequences (for SSCC serial references). Implemented by the store providers.
/// </summary>
public interface ITrackingNumberStore
{
    /// <summary>Adds numbers to a carrier's pool; numbers already known (in any state) are skipped. Returns how many were added.</summary>
    Task<int> ImportTrackingNumbersAsync(string carrier, IReadOnlyCollection<string> numbers, CancellationToken cancellationToken);

    /// <summary>
    /// The number already allocated to (carrier, order, parcel), or the pool's next free one, now marked as used by them;
    /// null when the pool has no free number.
    /// </summary>
    Task<string?> AllocateTrackingNumberAsync(string carrier, string orderId, int parcel, CancellationToken cancellationToken);

    /// <summary>How many numbers of the carrier's pool are still free.</summary>
    Task<int> CountFreeTrackingNumbersAsync(string carrier, CancellationToken cancellationToken);

    /// <summary>
    /// The value of a named sequence for (order, parcel): the same value when asked again for them, otherwise the next
    /// value (1, 2, 3 …). Values are never reused.
    /// </summary>
    Task<long> NextSequenceValueAsync(string sequence, string orderId, int parcel, CancellationToken cancellationToken);
}
