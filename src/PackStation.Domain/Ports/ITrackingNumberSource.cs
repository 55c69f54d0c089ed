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

    /// <summary>
    /// Numbers for several parcels (a batch of waybills), in the order asked; a parcel the source refuses carries its
    /// refusal and does not stop the others. The default asks one parcel at a time; a carrier API that takes several
    /// parcels per call (Cainiao: 10) overrides it.
    /// </summary>
    async Task<IReadOnlyList<TrackingAllocation>> AllocateManyAsync(IReadOnlyList<ParcelRequest> parcels, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parcels);
        var result = new List<TrackingAllocation>(parcels.Count);
        foreach (var p in parcels)
        {
            try
            {
                result.Add(new TrackingAllocation(p, await AllocateAsync(p.Carrier, p.OrderId, p.Parcel, cancellationToken), null));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                result.Add(new TrackingAllocation(p, null, e));
            }
        }

        return result;
    }

    /// <summary>
    /// The parcel's number will not be used (its label was withdrawn before printing): a carrier API gets it back
    /// (Cainiao: <c>cainiao.waybill.ii.cancel</c>). Pools and sequences never reuse a number, so by default nothing.
    /// </summary>
    Task VoidAsync(string carrier, string trackingNumber, CancellationToken cancellationToken) => Task.CompletedTask;
}
