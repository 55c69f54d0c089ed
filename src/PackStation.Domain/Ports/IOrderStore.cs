using PackStation.Domain.Orders;

namespace PackStation.Domain.Ports;

/// <summary>Orders as imported from shops.</summary>
public interface IOrderStore
{
    /// <summary>
    /// Inserts or updates orders by (shop, external id) in one transaction; the copy with the newer
    /// <see cref="Order.ShopUpdatedAt"/> wins. An incoming <see cref="OrderStatus.Cancelled"/> cancels a ready order
    /// and puts one already at a station (or packed but not yet written back) on hold with the reason.
    /// Local progress (claims, holds, packed) is never overwritten by an import. A new order whose id is already another
    /// order's is not stored and is listed in <see cref="UpsertSummary.Refused"/>; the others of the page still are.
    /// </summary>
    Task<UpsertSummary> UpsertOrdersAsync(IReadOnlyList<Order> orders, CancellationToken cancellationToken);

    Task<Order?> GetOrderAsync(string orderId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Order>> ListOrdersAsync(OrderStatus? status, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Orders a supervisor may mean by <paramref name="query"/>: the order id, the shop's order number, a tracking or
    /// waybill number, or (4 to 11 digits) the end of the recipient's phone number; newest first.
    /// </summary>
    Task<IReadOnlyList<Order>> SearchOrdersAsync(string query, int limit, CancellationToken cancellationToken);

    /// <summary>The order's parcels (tracking numbers with station and time), first first.</summary>
    Task<IReadOnlyList<Parcel>> ListParcelsAsync(string orderId, CancellationToken cancellationToken);

    Task<QueueCounts> CountQueueAsync(DateTimeOffset endOfToday, CancellationToken cancellationToken);

    /// <summary>Puts an order on hold from outside a station (a supervisor, a shop refund). Returns false if unknown.</summary>
    Task<bool> HoldOrderAsync(string orderId, string reason, CancellationToken cancellationToken);

    /// <summary>Returns a held order to the queue. Returns false if it is not on hold.</summary>
    Task<bool> ReleaseHoldAsync(string orderId, CancellationToken cancellationToken);
}
