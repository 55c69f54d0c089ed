using PackStation.Domain.Orders;

namespace PackStation.Domain.Ports;

/// <summary>
/// What an import did: new orders, changed ones, unchanged or older copies skipped, orders put on hold by a shop
/// cancellation, and the orders refused alone (<see cref="Refused"/>: stored nothing of them).
/// </summary>
public sealed record UpsertSummary(int Inserted, int Updated, int Unchanged, int Held)
{
    public static UpsertSummary None { get; } = new(0, 0, 0, 0);

    public IReadOnlyList<ImportRefusal> Refused { get; init; } = [];

    /// <summary>An order the store will not take because its id is another order's (another shop, or another number).</summary>
    public static UpsertSummary IdTaken(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return None with { Refused = [new ImportRefusal(order.Shop, order.ExternalId, $"its id {order.Id} is another order's")] };
    }

    public UpsertSummary Add(UpsertSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Inserted + other.Inserted, Updated + other.Updated, Unchanged + other.Unchanged, Held + other.Held)
        {
            Refused = other.Refused.Count == 0 ? Refused : Refused.Count == 0 ? other.Refused : [.. Refused, .. other.Refused],
        };
    }
}
