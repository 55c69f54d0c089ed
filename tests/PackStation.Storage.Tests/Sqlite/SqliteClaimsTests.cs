using System.Collections.Concurrent;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.TestKit;
using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Sqlite;

public sealed class SqliteClaimsTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task ClaimNextAsync_PicksEarliestShipByThenOldest()
    {
        await using var fixture = await StoreFixture.CreateAsync();
        var late = TestOrders.Make("late") with { ShipBy = TestOrders.Created.AddDays(3) };
        var urgent = TestOrders.Make("urgent") with { ShipBy = TestOrders.Created.AddHours(2) };
        var noDeadline = TestOrders.Make("none") with { ShipBy = null, CreatedAt = TestOrders.Created.AddDays(-5) };
        await fixture.Orders.UpsertOrdersAsync([late, noDeadline, urgent], None);

        var order = new List<string?>();
        for (var i = 0; i < 4; i++)
            order.Add((await fixture.Claims.ClaimNextAsync("S01", fixture.Clock.GetUtcNow(), Lease, None)).Claim?.Order.Id);

        Assert.Equal(["TB-urgent", "TB-late", "TB-none", null], order);
    }

    [Fact]
    public async Task ClaimAsync_ByToteWaybillOrShopNumber_FindsOrder()
    {
        await using var fixture = await StoreFixture.CreateAsync();
        await fixture.Orders.UpsertOrdersAsync([TestOrders.Make("1") with { Tote = "TOTE-7" }, TestOrders.Make("2") with { Waybill = "ZT7000001" }, TestOrders.Make("3")], None);

        var byTote = await fixture.Claims.ClaimAsync("TOTE-7", "S01", fixture.Clock.GetUtcNow(), Lease, None);
        var byWaybill = await fixture.Claims.ClaimAsync("ZT7000001", "S02", fixture.Clock.GetUtcNow(), Lease, None);
        var byShopNumber = await fixture.Claims.ClaimAsync("3", "S03", fixture.Clock.GetUtcNow(), Lease, None);

        Assert.Equal("TB-1", byTote.Claim?.Order.Id);
        Assert.Equal("TB-2", byWaybill.Claim?.Order.Id);
        Assert.Equal("TB-3", byShopNumber.Claim?.Order.Id);
    }

    [Fact]
    public async Task ClaimAsync_HeldByAnotherStation_IsRefusedUntilLeaseExpires()
    {
        await using var fixture = await StoreFixture.CreateAsync();
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
    [InlineData("missing", ClaimRefusal.NotFound)]
    [InlineData("TB-held", ClaimRefusal.OnHold)]
    [InlineData("TB-cancelled", ClaimRefusal.Cancelled)]
    public async Task ClaimAsync_UnavailableOrder_SaysWhy(string reference, ClaimRefusal expected)
    {
        await using var fixture = await StoreFixture.CreateAsync();
        await fixture.Orders.UpsertOrdersAsync([TestOrders.Make("held"), TestOrders.Make("cancelled") with { Status = OrderStatus.Cancelled }], None);
        await fixture.Orders.HoldOrderAsync("TB-held", "damaged stock", None);

        var outcome = await fixture.Claims.ClaimAsync(reference, "S01", fixture.Clock.GetUtcNow(), Lease, None);

        Assert.Null(outcome.Claim);
        Assert.Equal(expected, outcome.Refusal);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Detail));
    }

    [Fact]
    public async Task GetClaimsAsync_ReturnsThisStationsClaimsWithTheirExpiry()
    {
        await using var fixture = await StoreFixture.CreateAsync();
        await fixture.Orders.UpsertOrdersAsync([TestOrders.Make("1"), TestOrders.Make("2")], None);
        var now = fixture.Clock.GetUtcNow();
        await fixture.Claims.ClaimAsync("TB-1", "S01", now, Lease, None);
        await fixture.Claims.ClaimAsync("TB-2", "S02", now, Lease, None);

        var claim = Assert.Single(await fixture.Claims.GetClaimsAsync("S01", None));

        Assert.Equal("TB-1", claim.Order.Id);
        Assert.Equal(now + Lease, claim.ExpiresAt);
        Assert.Equal(2, claim.Order.Lines[0].Quantity);
    }

    [Fact]
    public async Task ReleaseExpiredClaimsAsync_ReturnsOnlyExpiredClaimsToQueue()
    {
        await using var fixture = await StoreFixture.CreateAsync();
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

    [Fact]
    public async Task ClaimNextAsync_ThirtyConcurrentStationsOverTenThousandOrders_ClaimEachOrderExactlyOnce()
    {
        await using var fixture = await StoreFixture.CreateAsync();
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
