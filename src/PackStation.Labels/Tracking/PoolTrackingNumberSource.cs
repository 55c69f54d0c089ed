using PackStation.Domain.Ports;

namespace PackStation.Labels.Tracking;

/// <summary>Tracking numbers from the carrier's pool of allocated numbers (imported with <see cref="TrackingNumberImport"/>).</summary>
public sealed class PoolTrackingNumberSource(ITrackingNumberStore store) : ITrackingNumberSource
{
    public async Task<string> AllocateAsync(string carrier, string orderId, int parcel, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(carrier);
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parcel);
        return await store.AllocateTrackingNumberAsync(carrier, orderId, parcel, cancellationToken)
            ?? throw new TrackingNumbersExhaustedException($"The {carrier} pool of tracking numbers is empty: import the next range from the carrier.");
    }
}
