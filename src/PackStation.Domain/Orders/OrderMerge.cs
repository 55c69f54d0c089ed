namespace PackStation.Domain.Orders;

/// <summary>What an import does with one incoming copy of an order (decided by <see cref="OrderImport.Decide"/>).</summary>
public abstract record OrderMerge
{
    private OrderMerge() { }

    /// <summary>The stored copy is as new as the incoming one, or newer: nothing changes.</summary>
    public static OrderMerge Keep { get; } = new Unchanged();

    /// <summary>A new order, stored as it comes: ready, or cancelled when the shop sent it cancelled.</summary>
    public sealed record Insert(Order Order) : OrderMerge;

    /// <summary>
    /// The incoming copy replaces the stored one, with the local status and hold reason decided by the import rule.
    /// <paramref name="Held"/>: the import stopped the order (it was at a station, or packed and not yet confirmed);
    /// <paramref name="ParkConfirmation"/>: its pending shipment confirmation must not be sent.
    /// </summary>
    public sealed record Update(Order Order, bool LinesChanged, bool Held, bool ParkConfirmation) : OrderMerge;

    /// <summary>Nothing to write.</summary>
    public sealed record Unchanged : OrderMerge;
}
