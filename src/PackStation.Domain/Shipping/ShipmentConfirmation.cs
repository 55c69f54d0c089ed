namespace PackStation.Domain.Shipping;

/// <summary>
/// A transactional-outbox message: "order X shipped with these tracking numbers". Written in the same transaction
/// that marks the order packed; the outbox relay delivers it to the shop exactly once in effect.
/// </summary>
public sealed record ShipmentConfirmation
{
    public long Id { get; init; }
    public required string OrderId { get; init; }
    public required string Shop { get; init; }
    public required string ExternalId { get; init; }
    public string? Carrier { get; init; }
    public required IReadOnlyList<string> TrackingNumbers { get; init; }
    public required DateTimeOffset PackedAt { get; init; }
    public ConfirmationState State { get; init; } = ConfirmationState.Pending;
    public int Attempts { get; init; }
    public DateTimeOffset? NextAttemptAt { get; init; }
    public DateTimeOffset? DeliveredAt { get; init; }
    public string? LastError { get; init; }
}
