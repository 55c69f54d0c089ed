using PackStation.Domain.Orders;
using PackStation.Domain.Packing;

namespace PackStation.Domain.Ports;

/// <summary>An order a station holds, with how far packing had come (for a station that restarts mid-order).</summary>
public sealed record Claim(Order Order, OrderProgress Progress, string StationId, DateTimeOffset ExpiresAt);
