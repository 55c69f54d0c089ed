using Npgsql;
using PackStation.Storage.Tests.Contract;
using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Postgres;

/// <summary>
/// The phone-tail search matches PostgreSQL's expression index (migration 0520). With sequential scans off the planner
/// uses the index whenever the query's expression is the index's, which is what this proves (a few rows would
/// otherwise always be scanned).
/// </summary>
public sealed class PostgresOrderSearchTests
{
    [Fact]
    public async Task SearchOrders_PhoneTail_UsesItsIndex()
    {
        await using var store = await OrderSearchContractTests.SeedAsync(StoreProvider.Postgres);
        await using var connection = new NpgsqlConnection(store.Settings["Store:ConnectionString"]);
        await connection.OpenAsync();
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off", connection))
            await off.ExecuteNonQueryAsync();
        await using var plan = new NpgsqlCommand("EXPLAIN SELECT id FROM orders WHERE right(recipient::jsonb ->> 'phone', 4) = '5678'", connection);

        var lines = new List<string>();
        await using (var r = await plan.ExecuteReaderAsync())
        {
            while (await r.ReadAsync())
                lines.Add(r.GetString(0));
        }

        Assert.Contains(lines, l => l.Contains("orders_phone_tail", StringComparison.Ordinal));
    }
}
