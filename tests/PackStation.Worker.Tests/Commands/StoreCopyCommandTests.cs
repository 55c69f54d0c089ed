using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using PackStation.TestKit;
using PackStation.TestKit.Stores;

namespace PackStation.Worker.Tests.Commands;

/// <summary>
/// <c>packstation store copy</c> end to end (#11 "Moving a site"): a real demo site packs orders on SQLite while its
/// store is copied into an empty database of a real PostgreSQL server; the copy's counts are checked against both.
/// </summary>
public sealed class StoreCopyCommandTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(3);

    private static readonly string[] SiteTables =
        ["orders", "order_lines", "products", "barcodes", "packers", "parcels", "events", "outbox", "print_jobs"];

    [Fact]
    public async Task StoreCopy_RunningSiteIntoEmptyDatabase_CopiesEveryTableWithMatchingCounts_ThenRefusesTheFilledTarget()
    {
        await using var store = await StoreFixture.CreateAsync(clock: TimeProvider.System);
        var server = await PostgresServer.GetAsync();
        var target = await server.CreateDatabaseAsync();
        try
        {
            await using var site = PackstationProcess.StartIn(store.Folder.Path, ["run", "--urls", $"http://127.0.0.1:{PackstationProcess.FreePort()}",
                .. store.Arguments, "--Stations:Count=2", "--Demo:InitialOrders=40", "--Demo:OrdersPerMinute=0"]);
            await WaitPackedAsync(store.DatabasePath, site, atLeast: 3);

            var (exitCode, copy) = await PackstationProcess.RunAsync(store.Folder.Path, Guard, ["store", "copy", "--to", target, .. store.Arguments]);
            using (copy)
            {
                Assert.True(exitCode == 0, copy.StandardError);
                var printed = copy.Output.Where(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 2)
                    .ToDictionary(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
                        System.Globalization.CultureInfo.InvariantCulture));
                foreach (var table in SiteTables)
                {
                    Assert.True(printed[table] > 0, $"{table}: nothing copied");
                    Assert.Equal(printed[table], await PostgresCountAsync(target, table));
                }

                Assert.DoesNotContain(copy.StandardError, "Password", StringComparison.OrdinalIgnoreCase);
            }

            site.Signal("TERM");
            Assert.Equal(0, await site.WaitForExitAsync(TimeSpan.FromSeconds(30)));
            Assert.True(await PostgresCountAsync(target, "parcels") <= await SqliteCountAsync(store.DatabasePath, "parcels"));
            await AssertIdsContinueAsync(target);

            var before = await PostgresCountAsync(target, "orders");
            var (again, refused) = await PackstationProcess.RunAsync(store.Folder.Path, Guard, ["store", "copy", "--to", target, .. store.Arguments]);
            using (refused)
            {
                Assert.Equal(3, again);
                Assert.Contains("not empty", refused.StandardError, StringComparison.Ordinal);
                Assert.Contains("orders (", refused.StandardError, StringComparison.Ordinal);
            }

            Assert.Equal(before, await PostgresCountAsync(target, "orders"));
        }
        finally
        {
            await server.DropDatabaseAsync(target);
        }
    }

    [Fact]
    public async Task StoreCopy_TargetWithSomeoneElsesTables_IsRefusedAndLeftAsItWas()
    {
        await using var store = await StoreFixture.CreateAsync(clock: TimeProvider.System);
        await store.Orders.UpsertOrdersAsync([TestOrders.Make("1")], CancellationToken.None);
        await store.CloseAsync();
        var server = await PostgresServer.GetAsync();
        var target = await server.CreateDatabaseAsync();
        try
        {
            await ExecuteAsync(target, "CREATE TABLE invoices (id INT PRIMARY KEY); INSERT INTO invoices VALUES (1)");

            var (exitCode, copy) = await PackstationProcess.RunAsync(store.Folder.Path, Guard, ["store", "copy", "--to", target, .. store.Arguments]);
            using (copy)
            {
                Assert.Equal(3, exitCode);
                Assert.Contains("not a PackStation store (invoices)", copy.StandardError, StringComparison.Ordinal);
            }

            Assert.Equal(0, await ScalarAsync(target, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'orders'"));
        }
        finally
        {
            await server.DropDatabaseAsync(target);
        }
    }

    /// <summary>A row added on PostgreSQL after the copy gets an id after the copied ones (the identity sequences continue).</summary>
    private static async Task AssertIdsContinueAsync(string target)
    {
        var highest = await ScalarAsync(target, "SELECT max(seq) FROM events");
        var next = await ScalarAsync(target,
            "INSERT INTO events (at_utc, station, kind) SELECT at_utc, station, kind FROM events ORDER BY seq LIMIT 1 RETURNING seq");
        Assert.True(next > highest, $"new event {next} after copied {highest}");
    }

    private static async Task WaitPackedAsync(string database, PackstationProcess site, int atLeast)
    {
        var watch = Stopwatch.StartNew();
        while (!File.Exists(database) || await SqliteCountAsync(database, "outbox") < atLeast)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(120), "the demo site packed nothing: " + site.StandardError);
            Assert.Null(await site.WaitForExitAsync(TimeSpan.FromMilliseconds(500)));
        }
    }

    private static async Task<long> SqliteCountAsync(string database, string table)
    {
        try
        {
            await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {table}";
            return (long)(await command.ExecuteScalarAsync())!;
        }
        catch (SqliteException)
        {
            return 0; // Not migrated yet.
        }
    }

    private static Task<long> PostgresCountAsync(string database, string table) => ScalarAsync(database, $"SELECT count(*) FROM {table}");

    private static async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
