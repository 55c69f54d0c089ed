using System.Collections.Concurrent;
using PackStation.Domain.Events;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.TestKit;
using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Contract;

public sealed class ClaimStoreContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ClaimNextAsync_PicksEarliestShipByThenOldest(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var late = TestOrders.Make("late") with { ShipBy = TestOrders.Created.AddDays(3) };
        var urgent = TestOrders.Make("urgent") with { ShipBy = TestOrders.Created.AddHours(2) };
        var noDeadline = TestOrders.Make("none") with { ShipBy = null, CreatedAt = TestOrders.Created.AddDays(-5) };
        await fixture.Orders.UpsertOrdersAsync([late, noDeadline, urgent], None);

        var order = new List<string?>();
        for (var i = 0; i < 4; i++)
            order.Add((await fixture.Claims.ClaimNextAsync("S01", fixture.Clock.GetUtcNow(), Lease, None)).Claim?.Order.Id);

        Assert.Equal(["TB-urgent", "TB-late", "TB-none", null], order);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ClaimAsync_ByToteWaybillOrShopNumber_FindsOrder(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        await fixture.Orders.UpsertOrdersAsync([TestOrders.Make("1") with { Tote = "TOTE-7" }, TestOrders.Make("2") with { Waybill = "ZT7000001" }, TestOrders.Make("3")], None);

        var byTote = await fixture.Claims.ClaimAsync("TOTE-7", "S01", fixture.Clock.GetUtcNow(), Lease, None);
        var byWaybill = await fixture.Claims.ClaimAsync("ZT7000001", "S02", fixture.Clock.GetUtcNow(), Lease, None);
        var byShopNumber = await fixture.Claims.ClaimAsync("3", "S03", fixture.Clock.GetUtcNow(), Lease, None);

        Assert.Equal("TB-1", byTote.Claim?.Order.Id);
        Assert.Equal("TB-2", byWaybill.Claim?.Order.Id);
        Assert.Equal("TB-3", byShopNumber.Claim?.Order.Id);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ClaimAsync_HeldByAnotherStation_IsRefusedUntilLeaseExpires(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        await fixture.Orders.UpsertOrdersAsync([TestOrders.Make("1")], None);
        await fixture.Claims.ClaimAsync("TB-1", "S01", fixture.Clock.GetUtcNow(), Lease, None);

        var refused = await fixture.Claims.ClaimAsync("TB-1", "S02", fixture.Clock.GetUtcNow(), Lease, None);
        fixture.Advance(Lease + TimeSpan.FromSeconds(1));
        var taken = await fixture.Claims.ClaimAsync("TB-1", "S02", fixture.Clock.GetUtcNow(), Lease, None);

        Assert.Equal(ClaimRefusal.ClaimedElsewhere, refused.Refusal);
        Assert.Equal("S02", taken.Claim?.StationId);
        Assert.Empty(await fixture.Claims.GetClaimsAsync("S01", None));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ClaimAsync_UnavailableOrder_SaysWhy(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        await fixture.Orders.UpsertOrdersAsync([TestOrders.Make("held"), TestOrders.Make("cancelled") with { Status = OrderStatus.Cancelled }], None);
        await fixture.Orders.HoldOrderAsync("TB-held", "damaged stock", None);

        foreach (var (reference, expected) in new[] { ("missing", ClaimRefusal.NotFound), ("TB-held", ClaimRefusal.OnHold), ("TB-cancelled", ClaimRefusal.Cancelled) })
        {
            var outcome = await fixture.Claims.ClaimAsync(reference, "S01", fixture.Clock.GetUtcNow(), Lease, None);

            Assert.Null(outcome.Claim);
            Assert.Equal(expected, outcome.Refusal);
            Assert.False(string.IsNullOrWhiteSpace(outcome.Detail));
        }
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task GetClaimsAsync_ReturnsThisStationsClaimsWithTheirExpiry(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        await fixture.Orders.UpsertOrdersAsync([TestOrders.Make("1"), TestOrders.Make("2")], None);
        var now = fixture.Clock.GetUtcNow();
        await fixture.Claims.ClaimAsync("TB-1", "S01", now, Lease, None);
        await fixture.Claims.ClaimAsync("TB-2", "S02", now, Lease, None);

        var claim = Assert.Single(await fixture.Claims.GetClaimsAsync("S01", None));

        Assert.Equal("TB-1", claim.Order.Id);
        Assert.Equal(now + Lease, claim.ExpiresAt);
        Assert.Equal(2, claim.Order.Lines[0].Quantity);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ReleaseExpiredClaimsAsync_ReturnsOnlyExpiredClaimsToQueue(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        await fixture.Orders.UpsertOrdersAsync([TestOrders.Make("1"), TestOrders.Make("2")], None);
        await fixture.Claims.ClaimAsync("TB-1", "S01", fixture.Clock.GetUtcNow(), Lease, None);
        fixture.Advance(TimeSpan.FromMinutes(1));
        await fixture.Claims.ClaimAsync("TB-2", "S02", fixture.Clock.GetUtcNow(), Lease, None);
        fixture.Advance(TimeSpan.FromMinutes(1.5));

        var released = await fixture.Claims.ReleaseExpiredClaimsAsync(fixture.Clock.GetUtcNow(), None);

        Assert.Equal(1, released);
        Assert.Equal(OrderStatus.Ready, (await fixture.Orders.GetOrderAsync("TB-1", None))!.Status);
        Assert.Equal(OrderStatus.InProgress, (await fixture.Orders.GetOrderAsync("TB-2", None))!.Status);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ReleaseExpiredClaimsAsync_ReleasedOrder_HasAClaimExpiredEventNamingTheStation(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        await fixture.Orders.UpsertOrdersAsync([TestOrders.Make("1")], None);
        await fixture.Claims.ClaimAsync("TB-1", "S03", fixture.Clock.GetUtcNow(), Lease, None);
        fixture.Advance(Lease + TimeSpan.FromSeconds(1));

        await fixture.Claims.ReleaseExpiredClaimsAsync(fixture.Clock.GetUtcNow(), None);

        var expired = Assert.Single(await fixture.Packing.ReadOrderEventsAsync("TB-1", None), e => e.Kind == PackEventKind.ClaimExpired);
        Assert.Equal(("S03", fixture.Clock.GetUtcNow()), (expired.StationId, expired.At));
        Assert.Contains("back in the queue", expired.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ClaimAsync_TwentyStationsScanOneOrderAtOnce_OneGetsItTheOthersHearWho(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        await fixture.Orders.UpsertOrdersAsync([TestOrders.Make("1")], None);
        var processes = new[] { fixture, fixture.Open(), fixture.Open(), fixture.Open() };
        using var start = new ManualResetEventSlim();

        var outcomes = Enumerable.Range(1, 20).Select(s => Task.Run(async () =>
        {
            start.Wait();
            return await processes[s % processes.Length].Claims.ClaimAsync("TB-1", $"S{s:00}", fixture.Clock.GetUtcNow(), Lease, None);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(outcomes);

        var winner = Assert.Single(results, r => r.Claim is not null);
        Assert.All(results.Where(r => r.Claim is null), r => Assert.Equal(ClaimRefusal.ClaimedElsewhere, r.Refusal));
        Assert.Single(await fixture.Claims.GetClaimsAsync(winner.Claim!.StationId, None));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ClaimNextAsync_WhileTheShopCancelsOrders_NoOrderEndsClaimedAndCancelled(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var orders = Enumerable.Range(1, 200).Select(i => TestOrders.Make(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        await fixture.Orders.UpsertOrdersAsync(orders, None);
        var shop = fixture.Open();

        var cancelling = Task.Run(async () =>
        {
            foreach (var page in orders.Where((_, i) => i % 2 == 0).Chunk(10))
                await shop.Orders.UpsertOrdersAsync(page.Select(o => o with { Status = OrderStatus.Cancelled, ShopUpdatedAt = o.ShopUpdatedAt!.Value.AddMinutes(1) }).ToList(), None);
        });
        var claiming = Enumerable.Range(1, 8).Select(s => Task.Run(async () =>
        {
            var station = fixture.Open();
            while ((await station.Claims.ClaimNextAsync($"S{s:00}", fixture.Clock.GetUtcNow(), Lease, None)).Claim is not null)
            {
            }
        }));
        await Task.WhenAll([cancelling, .. claiming]);

        foreach (var order in orders.Where((_, i) => i % 2 == 0))
        {
            var stored = (await fixture.Orders.GetOrderAsync(order.Id, None))!;
            // Cancelled while waiting, or held because it was already at a station: never left claimed as if nothing happened.
            Assert.True(stored.Status is OrderStatus.Cancelled or OrderStatus.Hold, $"{order.Id} is {stored.Status}");
        }

        var claimedBy = new List<string>();
        for (var s = 1; s <= 8; s++)
            claimedBy.AddRange((await fixture.Claims.GetClaimsAsync($"S{s:00}", None)).Select(c => c.Order.Id));
        Assert.Equal(claimedBy.Count, claimedBy.Distinct().Count());
        Assert.Equal(100, claimedBy.Count);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ClaimNextAsync_ThirtyConcurrentStationsOverTenThousandOrders_ClaimEachOrderExactlyOnce(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        const int orderCount = 10_000;
        var orders = Enumerable.Range(1, orderCount).Select(i => TestOrders.Make(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        foreach (var batch in orders.Chunk(1000))
            await fixture.Orders.UpsertOrdersAsync(batch, None);

        var claimed = new ConcurrentBag<(string Station, string Order)>();
        var stations = Enumerable.Range(1, 30).Select(s => Task.Run(async () =>
        {
            // Each station has its own store object, as separate hosts would.
            var store = fixture.Open();
            var station = $"S{s:00}";
            while ((await store.Claims.ClaimNextAsync(station, fixture.Clock.GetUtcNow(), Lease, None)).Claim is { } claim)
                claimed.Add((station, claim.Order.Id));
        }));
        await Task.WhenAll(stations);

        Assert.Equal(orderCount, claimed.Count);
        Assert.Equal(orderCount, claimed.Select(c => c.Order).Distinct().Count());
        Assert.True(claimed.Select(c => c.Station).Distinct().Count() > 1, "the claims should be spread over stations");
        Assert.Equal(orderCount, (await fixture.Orders.CountQueueAsync(DateTimeOffset.MaxValue, None)).InProgress);
    }
}
