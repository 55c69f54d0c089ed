using Microsoft.Extensions.Logging;
using PackStation.Domain.Ports;
using PackStation.Packing.Directory;

namespace PackStation.Packing.Stations;

/// <summary>
/// The orders this station holds in the store: claimed by a scan or by NEXT, the lease renewed on every tick, the
/// open order checked to be still ours, and the claim a restart left behind, resumed at the next login. Claims handed
/// out for packing carry the catalogue's unit weights where the order's lines have none (for the weight check).
/// </summary>
internal sealed class StationClaims(string stationId, IClaimStore store, PackingDirectory directory, TimeSpan lease,
    TimeProvider clock, ILogger logger)
{
    private Claim? _resumable;

    /// <summary>At start: the station's claims as stored; the first resumes at the next login.</summary>
    public async Task<IReadOnlyList<Claim>> LoadAsync(CancellationToken cancellationToken)
    {
        var claims = await store.GetClaimsAsync(stationId, cancellationToken);
        _resumable = claims.Count > 0 ? claims[0] : null;
        if (_resumable is { } claim)
            logger.Resumable(stationId, claim.Order.Id);
        return claims;
    }

    /// <summary>The claim a restart left, once (null when there is none).</summary>
    public Claim? TakeResumable()
    {
        var claim = _resumable;
        _resumable = null;
        return claim is null ? null : ForPacking(claim);
    }

    /// <summary>Claims the order a scan named: an order id, the shop's order number, a tote or a waybill.</summary>
    public async Task<ClaimOutcome> ClaimAsync(string reference, CancellationToken cancellationToken) =>
        ForPacking(await store.ClaimAsync(reference, stationId, clock.GetUtcNow(), lease, cancellationToken));

    /// <summary>Claims the most urgent ready order.</summary>
    public async Task<ClaimOutcome> ClaimNextAsync(CancellationToken cancellationToken) =>
        ForPacking(await store.ClaimNextAsync(stationId, clock.GetUtcNow(), lease, cancellationToken));

    public Task RenewAsync(CancellationToken cancellationToken) =>
        store.RenewClaimsAsync(stationId, clock.GetUtcNow(), lease, cancellationToken);

    /// <summary>False when the order left this station in the store (held, cancelled or taken elsewhere).</summary>
    public async Task<bool> HoldsAsync(string orderId, CancellationToken cancellationToken) =>
        (await store.GetClaimsAsync(stationId, cancellationToken)).Any(c => c.Order.Id == orderId);

    private ClaimOutcome ForPacking(ClaimOutcome outcome) =>
        outcome.Claim is { } claim ? outcome with { Claim = ForPacking(claim) } : outcome;

    private Claim ForPacking(Claim claim) => claim with { Order = directory.Catalogue.WithUnitWeights(claim.Order) };
}
