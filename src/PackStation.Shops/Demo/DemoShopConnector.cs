using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using PackStation.Domain.Catalogue;
using PackStation.Domain.Orders;
using PackStation.Domain.Shipping;
using PackStation.Shops.Connectors;

namespace PackStation.Shops.Demo;

/// <summary>
/// The demo shop as a connector: its orders arrive straight from <see cref="DemoShopService"/> (the shop lives inside
/// PackStation), so a pull finds nothing new; its catalogue is <see cref="DemoCatalogue"/>; shipment confirmations are
/// accepted and remembered, and a second confirmation of the same order is refused as a real shop refuses it.
/// </summary>
public sealed class DemoShopConnector : IShopConnector
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _shipped = new(StringComparer.Ordinal);

    public string Shop => DemoShopService.ShopName;

    public int Confirmed => _shipped.Count;

    public async IAsyncEnumerable<OrderPage> PullOrdersAsync(DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        yield return new OrderPage([], [], Requests: 0);
    }

    public Task<IReadOnlyList<Order>> GetOrdersAsync(IReadOnlyList<string> externalIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Order>>([]);

    public async IAsyncEnumerable<IReadOnlyList<Product>> PullCatalogueAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        yield return DemoCatalogue.Products;
    }

    public Task ConfirmShipmentAsync(ShipmentConfirmation confirmation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        if (!_shipped.TryAdd(confirmation.ExternalId, confirmation.TrackingNumbers))
            throw new ShopApiException(ShopErrorKind.Permanent, $"Order {confirmation.ExternalId} is already shipped.");
        return Task.CompletedTask;
    }

    public Task<RemoteShipment> GetShipmentAsync(string externalId, CancellationToken cancellationToken) =>
        Task.FromResult(_shipped.TryGetValue(externalId, out var tracking)
            ? new RemoteShipment(RemoteShipmentState.Shipped, tracking)
            : RemoteShipment.NotShipped);
}
