using Microsoft.Data.Sqlite;
using PackStation.Domain.Orders;
using PackStation.Domain.Shipping;
using PackStation.Storage;
using PackStation.Storage.Sqlite;

namespace PackStation.Shops.Tests.EndToEnd;

/// <summary>Reads what the packstation runs left in their SQLite store (opened after the process has exited).</summary>
public static class RoundTripStore
{
    public static async Task<List<Order>> OrdersAsync(string connectionString)
    {
        SqliteConnection.ClearAllPools();
        var store = new SqlitePackStore(new StoreOptions { ConnectionString = connectionString }, TimeProvider.System);
        return [.. await store.ListOrdersAsync(null, 1_000_000, CancellationToken.None)];
    }

    public static async Task<List<ShipmentConfirmation>> ConfirmationsAsync(string connectionString)
    {
        SqliteConnection.ClearAllPools();
        var store = new SqlitePackStore(new StoreOptions { ConnectionString = connectionString }, TimeProvider.System);
        return [.. await store.ListAsync(null, 1_000_000, CancellationToken.None)];
    }

    /// <summary>The order of each external id; fails when an external id is stored twice.</summary>
    public static Dictionary<string, Order> ByExternalId(IEnumerable<Order> orders)
    {
        var byId = new Dictionary<string, Order>(StringComparer.Ordinal);
        foreach (var order in orders)
            Assert.True(byId.TryAdd(order.ExternalId, order), $"external id {order.ExternalId} is stored twice");
        return byId;
    }
}
