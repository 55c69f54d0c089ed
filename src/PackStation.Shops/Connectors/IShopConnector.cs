using PackStation.Domain.Catalogue;
using PackStation.Domain.Orders;
using PackStation.Domain.Shipping;

namespace PackStation.Shops.Connectors;

/// <summary>
/// One shop platform seen from PackStation: pull changed orders page by page, read the catalogue, confirm shipments
/// and read back what the shop believes about an order (for the outbox's check after an ambiguous failure).
/// Connectors throw <see cref="ShopApiException"/> with a <see cref="ShopErrorKind"/> the caller acts on.
/// </summary>
public interface IShopConnector
{
    /// <summary>The shop key stored with every order ("taobao", "shopify", …).</summary>
    string Shop { get; }

    /// <summary>
    /// Orders changed at or after <paramref name="since"/> (all open orders when null), page by page. Cancelled and
    /// refunded orders come as <see cref="OrderStatus.Cancelled"/> with a hold reason. A page's
    /// <see cref="OrderPage.SafeCursor"/>, when set, may be stored: every change before it has been delivered.
    /// </summary>
    IAsyncEnumerable<OrderPage> PullOrdersAsync(DateTimeOffset? since, CancellationToken cancellationToken);

    /// <summary>The shop's current copy of these orders (reconciliation of open orders). Unknown ids are left out.</summary>
    Task<IReadOnlyList<Order>> GetOrdersAsync(IReadOnlyList<string> externalIds, CancellationToken cancellationToken);

    /// <summary>Products with barcodes and unit weights.</summary>
    IAsyncEnumerable<IReadOnlyList<Product>> PullCatalogueAsync(CancellationToken cancellationToken);

    /// <summary>Tells the shop the order shipped with the confirmation's carrier and tracking numbers.</summary>
    Task ConfirmShipmentAsync(ShipmentConfirmation confirmation, CancellationToken cancellationToken);

    /// <summary>What the shop currently records about the shipment of one order.</summary>
    Task<RemoteShipment> GetShipmentAsync(string externalId, CancellationToken cancellationToken);
}
