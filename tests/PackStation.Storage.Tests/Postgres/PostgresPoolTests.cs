using Npgsql;
using PackStation.Domain.Orders;
using PackStation.TestKit;
using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Postgres;

/// <summary>
/// The pool keeps a site of ten hosts under PostgreSQL's default of 100 connections (#11): however many stations a
/// host runs at once, it opens at most <c>Store:MaxPoolSize</c> (8) connections to the server.
/// </summary>
public sealed class PostgresPoolTests
{
    [Fact]
    public async Task ThirtyStationsOnOneHost_AtFullSpeed_OpenAtMostEightConnections()
    {
        await using var fixture = await StoreFixture.CreateAsync(StoreProvider.Postgres, TimeProvider.System);
        var orders = Enumerable.Range(1, 3000).Select(i => TestOrders.Make(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        foreach (var batch in orders.Chunk(1000))
            await fixture.Orders.UpsertOrdersAsync(batch, CancellationToken.None);
        var connection = fixture.Settings["Store:ConnectionString"]!;
        var host = fixture.Open(new NpgsqlConnectionStringBuilder(connection) { ApplicationName = "packstation-host-a" }.ToString());
        var work = new StationsAtWork(Enumerable.Repeat(host, 30).ToList());
        var database = new NpgsqlConnectionStringBuilder(connection).Database!;

        using var stop = new CancellationTokenSource();
        var running = work.RunAsync(stop.Token);
        var most = 0;
        for (var sample = 0; sample < 20; sample++)
        {
            await Task.Delay(100);
            most = Math.Max(most, await ConnectionsAsync(connection, database));
        }

        await stop.CancelAsync();
        await running;
        Assert.NotEmpty(work.Packed);
        Assert.InRange(most, 1, 8);
        var packed = work.Packed.Select(p => p.Order).ToHashSet();
        Assert.All(await fixture.Orders.ListOrdersAsync(OrderStatus.Packed, 10_000, CancellationToken.None), o => Assert.Contains(o.Id, packed));
    }

    /// <summary>Connections the host's pool holds open, as the server counts them (by the host's application name).</summary>
    private static async Task<int> ConnectionsAsync(string connection, string database)
    {
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connection) { Pooling = false, ApplicationName = "pool-test" }.ToString());
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = @db AND application_name = 'packstation-host-a'", admin);
        command.Parameters.AddWithValue("db", database);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
