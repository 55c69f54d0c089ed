namespace PackStation.Domain.Ports;

/// <summary>
/// Where tracking (waybill) numbers come from: a carrier's API, a pool of numbers the carrier allocated to the shop,
/// or GS1 SSCC-18 numbers made from the shop's company prefix. Asking again for the same order and parcel gives the
/// same number (a retry after a crash does not burn one); a new parcel gets a new number; a number is never given to
/// two parcels. Throws <see cref="TrackingNumbersExhaustedException"/> when a pool is empty.
/// </summary>
public interface ITrackingNumberSource
{
    Task<string> AllocateAsync(string carrier, string orderId, int parcel, CancellationToken cancellationToken);
}
