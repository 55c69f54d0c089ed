using Microsoft.Data.Sqlite;
using PackStation.Domain.Events;
using PackStation.Domain.Orders;
using PackStation.Shops.Demo;
using PackStation.TestKit;
using PackStation.TestKit.Stores;

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
        await using var store = await StoreFixture.CreateAsync(clock: TimeProvider.System);
        await store.Catalogue.UpsertProductsAsync(DemoCatalogue.Products, None);
        var generator = new DemoOrderGenerator(new Random(7));
        await store.Orders.UpsertOrdersAsync(Enumerable.Range(0, 400).Select(i => generator.Next(DateTimeOffset.UtcNow.AddMinutes(-i))).ToList(), None);

        using var writer = PackstationProcess.StartIn(store.Folder.Path, ["simulate", "--from-store", "--stations", "6", "--trace",
            .. store.Arguments, "--Store:Durability=Full"]);
        while (writer.Output.Count(l => l.Contains("\torder-packed\t", StringComparison.Ordinal)) < 40)
        {
            Assert.Null(await writer.WaitForExitAsync(TimeSpan.FromMilliseconds(20)));
        }

        writer.Signal("KILL");
        await writer.WaitForExitAsync(TimeSpan.FromSeconds(10));
        var acknowledged = writer.Output.Where(l => l.StartsWith("ack\t", StringComparison.Ordinal)).Select(l => l.Split('\t')).ToList();

        var reopened = store.Open();
        await reopened.Schema.MigrateAsync(None);
        Assert.Equal("ok", await IntegrityAsync($"Data Source={store.DatabasePath}"));
        var events = await reopened.Packing.ReadEventsAsync(0, 1_000_000, None);
        var outbox = (await reopened.Outbox.ListAsync(null, 10_000, None)).Select(c => c.OrderId).ToHashSet();

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
            Assert.Equal(OrderStatus.Packed, (await reopened.Orders.GetOrderAsync(orderId, None))!.Status);
            Assert.Contains(orderId, outbox);
        }

        // Every packed order has its confirmation and every confirmation its packed order: the commit was atomic.
        var packed = await reopened.Orders.ListOrdersAsync(OrderStatus.Packed, 10_000, None);
        Assert.Equal(packed.Select(o => o.Id).Order(), outbox.Order());

        // Nothing stays at a dead station: after the lease the sweeper's query returns every claim to the queue.
        await reopened.Claims.ReleaseExpiredClaimsAsync(DateTimeOffset.UtcNow.AddHours(1), None);
        Assert.Equal(0, (await reopened.Orders.CountQueueAsync(DateTimeOffset.MaxValue, None)).InProgress);
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
