using PackStation.Domain.Orders;

namespace PackStation.Domain.Ports;

/// <summary>
/// An order leaves a station: back to <see cref="OrderStatus.Ready"/> (cancelled at the station), to
/// <see cref="OrderStatus.Hold"/> with a reason, or <see cref="OrderStatus.Packed"/>. The station's claim ends.
/// </summary>
public sealed record OrderTransition(string OrderId, string StationId, OrderStatus To, string? Reason = null);
