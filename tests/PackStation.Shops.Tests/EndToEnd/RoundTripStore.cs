using PackStation.Domain.Orders;

namespace PackStation.Shops.Tests.EndToEnd;

/// <summary>Checks on what the packstation runs left in their store.</summary>
public static class RoundTripStore
{
    /// <summary>The order of each external id; fails when an external id is stored twice.</summary>
    public static Dictionary<string, Order> ByExternalId(IEnumerable<Order> orders)
    {
        var byId = new Dictionary<string, Order>(StringComparer.Ordinal);
        foreach (var order in orders)
            Assert.True(byId.TryAdd(order.ExternalId, order), $"external id {order.ExternalId} is stored twice");
        return byId;
    }
}
