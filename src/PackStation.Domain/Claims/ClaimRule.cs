using PackStation.Domain.Orders;
using PackStation.Domain.Ports;

namespace PackStation.Domain.Claims;

/// <summary>
/// Whether a station may take an order it scanned, decided from the order as stored: a ready order is taken; an order
/// in progress is taken back by its own station (keeping what was verified) or by another once the claim's lease ran
/// out; held, packed and cancelled orders are refused with the reason. The store applies a take only if the order is
/// still as it was read, so two stations never both take it.
/// </summary>
public static class ClaimRule
{
    public static ClaimDecision Decide(ClaimedOrder seen, string stationId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(seen);
        var order = seen.Order;
        return order.Status switch
        {
            OrderStatus.Hold => ClaimDecision.Refuse(ClaimRefusal.OnHold, $"Order {order.Id} is on hold: {order.HoldReason}."),
            OrderStatus.Packed => ClaimDecision.Refuse(ClaimRefusal.AlreadyPacked, $"Order {order.Id} is already packed."),
            OrderStatus.Cancelled => ClaimDecision.Refuse(ClaimRefusal.Cancelled, $"Order {order.Id} was cancelled by the shop."),
            OrderStatus.InProgress when seen.ClaimedBy == stationId => ClaimDecision.Take(keepProgress: true),
            OrderStatus.InProgress when seen.ClaimExpiresAt is { } expires && expires > now =>
                ClaimDecision.Refuse(ClaimRefusal.ClaimedElsewhere, $"Order {order.Id} is being packed at station {seen.ClaimedBy}."),
            _ => ClaimDecision.Take(keepProgress: false),
        };
    }
}
