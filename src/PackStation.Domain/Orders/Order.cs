namespace PackStation.Domain.Orders;

/// <summary>
/// A customer order as PackStation knows it. <see cref="Id"/> is ours ("TB-3391028845"); (<see cref="Shop"/>,
/// <see cref="ExternalId"/>) is the shop's key. <see cref="Waybill"/> is a tracking number printed before picking
/// (the Chinese batch flow) and <see cref="Tote"/> the tote the picked items travel in; either can start the order.
/// </summary>
public sealed record Order
{
    public required string Id { get; init; }
    public required string Shop { get; init; }
    public required string ExternalId { get; init; }
    public OrderStatus Status { get; init; } = OrderStatus.Ready;
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ShipBy { get; init; }
    public required Recipient Recipient { get; init; }
    public required IReadOnlyList<OrderLine> Lines { get; init; }
    public string? Carrier { get; init; }
    public string? HoldReason { get; init; }
    public string? Tote { get; init; }
    public string? Waybill { get; init; }

    /// <summary>When the shop last changed the order; the newer copy wins on import.</summary>
    public DateTimeOffset? ShopUpdatedAt { get; init; }

    public int TotalUnits => Lines.Sum(l => l.Quantity);

    /// <summary>The shop protects the receiver (masked fields, an OAID): see <see cref="Privacy.ReceiverPrivacy"/>.</summary>
    public bool ReceiverProtected => Recipient.Protected;
}
