using Microsoft.Data.Sqlite;
using PackStation.Storage.Tests.Contract;
using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Sqlite;

/// <summary>The phone-tail search is on SQLite's index (migration 0520), not a scan of every order.</summary>
public sealed class SqliteOrderSearchTests
{
    [Fact]
    public async Task SearchOrders_PhoneTail_UsesItsIndex()
    {
        await using var store = await OrderSearchContractTests.SeedAsync(StoreProvider.Sqlite);
        await using var connection = new SqliteConnection($"Data Source={store.DatabasePath}");
        await connection.OpenAsync();
        using var plan = connection.CreateCommand();
        plan.CommandText = "EXPLAIN QUERY PLAN SELECT id FROM orders WHERE substr(json_extract(recipient, '$.phone'), -4) = '5678'";

        var detail = new List<string>();
        using (var r = await plan.ExecuteReaderAsync())
        {
            while (await r.ReadAsync())
                detail.Add(r.GetString(3));
        }

        Assert.Contains(detail, d => d.Contains("orders_phone_tail", StringComparison.Ordinal));
    }
}
