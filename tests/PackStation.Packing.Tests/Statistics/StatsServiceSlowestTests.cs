using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PackStation.Domain.Events;
using PackStation.Domain.Ports;
using PackStation.Labels;
using PackStation.Packing.Directory;
using PackStation.Packing.Stations;
using PackStation.Packing.Statistics;
using PackStation.TestKit.Stores;

namespace PackStation.Packing.Tests.Statistics;

/// <summary>"Slowest packer" compares like with like: seconds per item, over each packer's last 20 orders.</summary>
public sealed class StatsServiceSlowestTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Slowest_BigOrdersTakeLonger_ThePackerSlowerPerItemIsNamed()
    {
        await using var store = await StoreFixture.CreateAsync();
        var clock = (FakeTimeProvider)store.Clock;
        // A: 20 orders of 1 item, 30 s each (30 s per item). B: 20 orders of 5 items, 100 s each (20 s per item).
        await PackAsync(store, clock, "A", orders: 20, itemsEach: 1, seconds: 30);
        await PackAsync(store, clock, "B", orders: 20, itemsEach: 5, seconds: 100);
        using var stats = NewStats(store, clock);

        var result = await stats.GetAsync(None);

        var a = result.Packers.Single(p => p.Id == "A");
        var b = result.Packers.Single(p => p.Id == "B");
        Assert.Equal((30.0, 30.0, 20), (a.SecondsPerOrder, a.SecondsPerItem, a.RecentOrders));
        Assert.Equal((100.0, 20.0, 20.0), (b.SecondsPerOrder, b.SecondsPerItem, b.RecentSecondsPerItem));
        Assert.Equal(new SlowestPacker("A", 30, 30, 20), result.Slowest);
    }

    [Fact]
    public async Task Slowest_PackerWithFewerThan20Orders_IsNotCompared()
    {
        await using var store = await StoreFixture.CreateAsync();
        var clock = (FakeTimeProvider)store.Clock;
        await PackAsync(store, clock, "A", orders: 20, itemsEach: 2, seconds: 40);
        await PackAsync(store, clock, "NEW", orders: 5, itemsEach: 1, seconds: 300);
        using var stats = NewStats(store, clock);

        var result = await stats.GetAsync(None);

        Assert.Equal(5, result.Packers.Single(p => p.Id == "NEW").RecentOrders);
        Assert.Equal("A", result.Slowest?.Id);
    }

    [Fact]
    public async Task Slowest_RecentWindow_IsTheLast20OrdersOnlyAndIsUpdatedIncrementally()
    {
        await using var store = await StoreFixture.CreateAsync();
        var clock = (FakeTimeProvider)store.Clock;
        using var stats = NewStats(store, clock);
        await PackAsync(store, clock, "A", orders: 20, itemsEach: 1, seconds: 90);
        var before = (await stats.GetAsync(None)).Packers.Single();

        await PackAsync(store, clock, "A", orders: 20, itemsEach: 1, seconds: 30);
        var after = (await stats.GetAsync(None)).Packers.Single();

        Assert.Equal(90, before.RecentSecondsPerItem);
        Assert.Equal((30.0, 60.0, 40), (after.RecentSecondsPerItem, after.SecondsPerItem, after.OrdersToday));
    }

    private static StatsService NewStats(StoreFixture store, TimeProvider clock) =>
        new(store.Orders, store.Outbox, store.Packing, new StationBoard(), new PackingDirectory(store.Catalogue, store.People),
            Options.Create(new SiteOptions { TimeZone = "UTC" }), clock);

    /// <summary>Stores the events of orders packed one after another: started, each item accepted, packed.</summary>
    private static async Task PackAsync(StoreFixture store, FakeTimeProvider clock, string packer, int orders, int itemsEach, int seconds)
    {
        for (var i = 0; i < orders; i++)
        {
            var order = $"{packer}-{Guid.NewGuid():N}";
            var start = clock.GetUtcNow();
            var events = new List<PackEvent> { new(start, "S01", packer, order, PackEventKind.OrderStarted) };
            events.AddRange(Enumerable.Range(1, itemsEach).Select(n => new PackEvent(start.AddSeconds(n), "S01", packer, order, PackEventKind.ItemAccepted, Units: 1)));
            events.Add(new PackEvent(start.AddSeconds(seconds), "S01", packer, order, PackEventKind.OrderPacked));
            await store.Packing.CommitAsync(new PackCommit("S01", events), None);
            clock.Advance(TimeSpan.FromSeconds(seconds + 5));
        }
    }
}
