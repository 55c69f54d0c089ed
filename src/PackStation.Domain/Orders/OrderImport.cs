namespace PackStation.Domain.Orders;

/// <summary>
/// The import rule: which copy of an order wins, and what the shop's change does to an order already in the
/// warehouse. The newer copy (by <see cref="Order.ShopUpdatedAt"/>) wins; local progress (a claim, a hold, packed)
/// is never overwritten. A cancellation cancels a waiting order and puts one at a station, or packed but not yet
/// confirmed to the shop, on hold with the reason; changed lines put an order at a station on hold.
/// </summary>
public static class OrderImport
{
    public const string CancelledDuringPacking = "cancelled by the shop during packing";
    public const string ChangedDuringPacking = "the shop changed the order during packing";
    public const string CancelledAfterPacking = "cancelled by the shop after packing";

    /// <summary>The message a parked confirmation carries when the shop cancelled a packed order.</summary>
    public const string PullTheParcel = "The shop cancelled the order after it was packed: pull the parcel.";

    public static OrderMerge Decide(Order? stored, Order incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (stored is null)
        {
            var status = incoming.Status == OrderStatus.Cancelled ? OrderStatus.Cancelled : OrderStatus.Ready;
            return new OrderMerge.Insert(incoming with { Status = status, HoldReason = null });
        }

        if (incoming.ShopUpdatedAt is { } incomingAt && stored.ShopUpdatedAt is { } storedAt && incomingAt <= storedAt)
            return OrderMerge.Keep;

        var linesChanged = !stored.Lines.SequenceEqual(incoming.Lines);
        var (next, reason, held) = NextStatus(stored, incoming.Status == OrderStatus.Cancelled, linesChanged);
        var merged = incoming with { Id = stored.Id, Status = next, HoldReason = reason };
        return new OrderMerge.Update(merged, linesChanged, held, ParkConfirmation: held && stored.Status == OrderStatus.Packed);
    }

    private static (OrderStatus Status, string? Reason, bool Held) NextStatus(Order stored, bool cancelled, bool linesChanged) =>
        stored.Status switch
        {
            OrderStatus.Ready when cancelled => (OrderStatus.Cancelled, null, false),
            OrderStatus.InProgress when cancelled => (OrderStatus.Hold, CancelledDuringPacking, true),
            OrderStatus.InProgress when linesChanged => (OrderStatus.Hold, ChangedDuringPacking, true),
            OrderStatus.Packed when cancelled && stored.HoldReason is null => (OrderStatus.Hold, CancelledAfterPacking, true),
            OrderStatus.Hold when cancelled => (OrderStatus.Hold, "cancelled by the shop; was: " + stored.HoldReason, false),
            _ => (stored.Status, stored.HoldReason, false),
        };
}
