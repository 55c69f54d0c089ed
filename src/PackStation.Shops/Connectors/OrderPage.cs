using PackStation.Domain.Orders;

namespace PackStation.Shops.Connectors;

/// <summary>
/// One page of pulled orders: the orders that parsed completely, the ones refused (never stored half), the
/// number of HTTP requests it took, and a cursor that is safe to store once the page is upserted.
/// </summary>
public sealed record OrderPage(
    IReadOnlyList<Order> Orders,
    IReadOnlyList<RejectedOrder> Rejected,
    int Requests,
    DateTimeOffset? SafeCursor = null);
