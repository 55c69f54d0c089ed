using PackStation.Domain.Events;

namespace PackStation.Domain.Claims;

/// <summary>What the order's timeline says when the claim sweeper returns an order whose claim ran out.</summary>
public static class ClaimExpiry
{
    public static PackEvent Event(string orderId, string stationId, DateTimeOffset at) =>
        new(at, stationId, null, orderId, PackEventKind.ClaimExpired,
            Detail: $"Station {stationId} stopped renewing its claim; the order is back in the queue, with what was verified.");
}
