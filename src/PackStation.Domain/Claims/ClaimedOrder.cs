using PackStation.Domain.Orders;
using PackStation.Domain.Packing;

namespace PackStation.Domain.Claims;

/// <summary>An order as stored, with who holds it and until when: what a claim is decided on, and checked against.</summary>
public sealed record ClaimedOrder(Order Order, string? ClaimedBy, DateTimeOffset? ClaimExpiresAt, OrderProgress Progress);
