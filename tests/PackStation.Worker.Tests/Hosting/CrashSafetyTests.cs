using Microsoft.Data.Sqlite;
using PackStation.Domain.Events;
using PackStation.Domain.Orders;
using PackStation.Shops.Demo;
using PackStation.Storage;
using PackStation.Storage.Sqlite;
using PackStation.TestKit;

namespace PackStation.Worker.Tests.Hosting;

/// <summary>
/// Kills a real packing process with SIGKILL in the middle of its work and reopens its store: every step the process
/// had shown as done (it prints each one after committing it) is there, the file is intact, and no order stays stuck
/// at a station once the claim lease has run out.
/// </summary>
public sealed class CrashSafetyTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task SigkillMidRun_LosesNoAcknowledgedStepAndLeavesNoOrderStuck()
    {
        using var dir = new TempDirectory("crash");
        var connection = $"Data Source={dir.File("store.db")}";
        var store = new SqlitePackStore(new StoreOptions { ConnectionString = connection }, TimeProvider.System);
        await store.MigrateAsync(None);
        await store.UpsertProductsAsync(DemoCatalogue.Products, None);
        var generator = new DemoOrderGenerator(new Random(7));
        await store.UpsertOrdersAsync(Enumerable.Range(0, 400).Select(i => generator.Next(DateTimeOffset.UtcNow.AddMinutes(-i))).ToList(), None);

        using var writer = PackstationProcess.StartIn(dir.Path, "simulate", "--from-store", "--stations", "6", "--trace", $"--Store:ConnectionString={connection}");
        while (writer.Output.Count(l => l.Contains("\torder-packed\t", StringComparison.Ordinal)) < 40)
        {
            Assert.Null(await writer.WaitForExitAsync(TimeSpan.FromMilliseconds(20)));
        }

        writer.Signal("KILL");
        await writer.WaitForExitAsync(TimeSpan.FromSeconds(10));
        var acknowledged = writer.Output.Where(l => l.StartsWith("ack\t", StringComparison.Ordinal)).Select(l => l.Split('\t')).ToList();
        SqliteConnection.ClearAllPools();

        var reopened = new SqlitePackStore(new StoreOptions { ConnectionString = connection }, TimeProvider.System);
        await reopened.MigrateAsync(None);
        Assert.Equal("ok", await IntegrityAsync(connection));
        var events = await reopened.ReadEventsAsync(0, 1_000_000, None);
        var outbox = (await reopened.ListAsync(null, 10_000, None)).Select(c => c.OrderId).ToHashSet();

        var itemAcks = acknowledged.Where(a => a[3] == "item-accepted").ToList();
        Assert.NotEmpty(itemAcks);
        foreach (var ack in itemAcks)
        {
            // "RED-50: 2 of 3." was shown → an ItemAccepted event "RED-50 2/3" for that order is stored.
            var (sku, counts) = (ack[4].Split(':')[0], ack[4].Split(": ")[1].TrimEnd('.').Replace(" of ", "/", StringComparison.Ordinal));
            Assert.Contains(events, e => e.Kind == PackEventKind.ItemAccepted && e.OrderId == ack[2] && e.Detail == $"{sku} {counts}");
        }

        var packedAcks = acknowledged.Where(a => a[3] == "order-packed").Select(a => a[4].Split(' ')[1]).ToList();
        Assert.True(packedAcks.Count >= 40);
        foreach (var orderId in packedAcks)
        {
            Assert.Equal(OrderStatus.Packed, (await reopened.GetOrderAsync(orderId, None))!.Status);
            Assert.Contains(orderId, outbox);
        }

        // Every packed order has its confirmation and every confirmation its packed order: the commit was atomic.
        var packed = await reopened.ListOrdersAsync(OrderStatus.Packed, 10_000, None);
        Assert.Equal(packed.Select(o => o.Id).Order(), outbox.Order());

        // Nothing stays at a dead station: after the lease the sweeper's query returns every claim to the queue.
        await reopened.ReleaseExpiredClaimsAsync(DateTimeOffset.UtcNow.AddHours(1), None);
        Assert.Equal(0, (await reopened.CountQueueAsync(DateTimeOffset.MaxValue, None)).InProgress);
    }

    private static async Task<string> IntegrityAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
