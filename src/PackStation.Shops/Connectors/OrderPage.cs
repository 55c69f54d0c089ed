using PackStation.Domain.Orders;

namespace PackStation.Shops.Connectors;

/// <summary>
/// One page of pulled orders: the orders that parsed completely, the ones refused (never stored half), the
/// number of HTTP requests it took, and a cursor that is safe to store once the page is upserted. An order file's
/// page also says where each order stands (<paramref name="Sources"/>, by order number), so an order refused later
/// (by the store) is still reported with its file and line.
/// </summary>
public sealed record OrderPage(
    IReadOnlyList<Order> Orders,
    IReadOnlyList<RejectedOrder> Rejected,
    int Requests,
    DateTimeOffset? SafeCursor = null,
    IReadOnlyDictionary<string, OrderSource>? Sources = null)
{
    /// <summary>The refusal of one of this page's orders, with its file and line when the page knows them.</summary>
    public RejectedOrder Refusal(string externalId, string reason) =>
        Sources?.GetValueOrDefault(externalId) is { } source
            ? new RejectedOrder(externalId, reason, source.Line, source.File)
            : new RejectedOrder(externalId, reason);
}
