namespace PackStation.Domain.Ports;

/// <summary>
/// Which station packs which order. A claim is exclusive (no order is packed by two stations) and has a lease the
/// station renews; a claim whose lease ran out (a crashed station) can be released back to the queue.
/// </summary>
public interface IClaimStore
{
    /// <summary>Claims the order named by a scan: our order id, the shop's order number, a tote or a waybill.</summary>
    Task<ClaimOutcome> ClaimAsync(string reference, string stationId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Claims the most urgent ready order: earliest ship-by first, then oldest.</summary>
    Task<ClaimOutcome> ClaimNextAsync(string stationId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>The orders this station holds, e.g. after a restart.</summary>
    Task<IReadOnlyList<Claim>> GetClaimsAsync(string stationId, CancellationToken cancellationToken);

    Task RenewClaimsAsync(string stationId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Returns orders whose claim expired to the queue, keeping their progress. Returns how many.</summary>
    Task<int> ReleaseExpiredClaimsAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
