using PackStation.Domain.Events;
using PackStation.Domain.Orders;
using PackStation.Domain.Packing;
using PackStation.Domain.Ports;
using PackStation.Domain.Shipping;
using PackStation.TestKit;
using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Contract;

public sealed class PackingStoreContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private static PackEvent Event(StoreFixture f, PackEventKind kind, string station = "S01", string? order = "TB-1") =>
        new(f.Clock.GetUtcNow(), station, "P01", order, kind, "6901234567892", "detail");

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task CommitAsync_ProgressAndEvents_AreReadBackAfterReopen(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        await fixture.Orders.UpsertOrdersAsync([TestOrders.Make("1")], None);
        await fixture.Claims.ClaimAsync("TB-1", "S01", fixture.Clock.GetUtcNow(), Lease, None);
        var progress = new OrderProgress("TB-1", new Dictionary<string, int> { ["CY-26-RED-50"] = 1 }, []);

        await fixture.Packing.CommitAsync(new PackCommit("S01", [Event(fixture, PackEventKind.ItemAccepted)], progress), None);
        var reopened = fixture.Open();
        var claims = await reopened.Claims.GetClaimsAsync("S01", None);
        var events = await reopened.Packing.ReadOrderEventsAsync("TB-1", None);

        Assert.Equal(1, Assert.Single(claims).Progress.VerifiedUnits["CY-26-RED-50"]);
        var stored = Assert.Single(events);
        Assert.Equal(PackEventKind.ItemAccepted, stored.Kind);
        Assert.Equal("6901234567892", stored.Code);
        Assert.True(stored.Sequence > 0);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task CommitAsync_OrderHeldByOtherStation_ThrowsAndStoresNothing(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        await fixture.Orders.UpsertOrdersAsync([TestOrders.Make("1")], None);
        await fixture.Claims.ClaimAsync("TB-1", "S02", fixture.Clock.GetUtcNow(), Lease, None);
        var progress = OrderProgress.Empty("TB-1");

        await Assert.ThrowsAsync<ClaimLostException>(() =>
            fixture.Packing.CommitAsync(new PackCommit("S01", [Event(fixture, PackEventKind.ItemAccepted)], progress), None));

        Assert.Empty(await fixture.Packing.ReadOrderEventsAsync("TB-1", None));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task CommitAsync_Packed_MarksOrderAndQueuesOneConfirmation(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        await fixture.Orders.UpsertOrdersAsync([TestOrders.Make("1")], None);
        await fixture.Claims.ClaimAsync("TB-1", "S01", fixture.Clock.GetUtcNow(), Lease, None);
        var confirmation = new ShipmentConfirmation
        {
            OrderId = "TB-1", Shop = "taobao", ExternalId = "1", Carrier = "ZTO", TrackingNumbers = ["ZT1", "ZT2"], PackedAt = fixture.Clock.GetUtcNow(),
        };

        await fixture.Packing.CommitAsync(new PackCommit("S01", [Event(fixture, PackEventKind.OrderPacked)],
            new OrderProgress("TB-1", new Dictionary<string, int>(), ["ZT1", "ZT2"]),
            new OrderTransition("TB-1", "S01", OrderStatus.Packed), confirmation), None);
        var due = await fixture.Outbox.GetDueAsync(fixture.Clock.GetUtcNow(), 10, None);

        Assert.Equal(OrderStatus.Packed, (await fixture.Orders.GetOrderAsync("TB-1", None))!.Status);
        var queued = Assert.Single(due);
        Assert.Equal(["ZT1", "ZT2"], queued.TrackingNumbers);
        Assert.Equal(ConfirmationState.Pending, queued.State);
        Assert.Empty(await fixture.Claims.GetClaimsAsync("S01", None));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task CommitAsync_ManyAtOnceWithOneLostClaim_OnlyThatOneFails(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var orders = Enumerable.Range(1, 20).Select(i => TestOrders.Make(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        await fixture.Orders.UpsertOrdersAsync(orders, None);
        foreach (var order in orders)
            await fixture.Claims.ClaimAsync(order.Id, order.Id == "TB-7" ? "S99" : "S01", fixture.Clock.GetUtcNow(), Lease, None);

        var commits = orders.Select(o => fixture.Packing.CommitAsync(
            new PackCommit("S01", [Event(fixture, PackEventKind.ItemAccepted, order: o.Id)], OrderProgress.Empty(o.Id)), None)).ToList();
        var outcomes = await Task.WhenAll(commits.Select(async c =>
        {
            try { await c; return null; }
            catch (ClaimLostException e) { return e; }
        }));

        Assert.Single(outcomes, e => e is not null);
        var events = await fixture.Packing.ReadEventsAsync(0, 100, None);
        Assert.Equal(19, events.Count);
        Assert.DoesNotContain(events, e => e.OrderId == "TB-7");
    }



    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task CommitAsync_EventsWithoutOrder_AreStored(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);

        await fixture.Packing.CommitAsync(new PackCommit("S01", [Event(fixture, PackEventKind.LoggedIn, order: null)]), None);

        Assert.Single(await fixture.Packing.ReadEventsAsync(0, 10, None));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task MarkFailedAsync_WithoutRetry_ParksWithMessage(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        await fixture.Orders.UpsertOrdersAsync([TestOrders.Make("1")], None);
        await fixture.Claims.ClaimAsync("TB-1", "S01", fixture.Clock.GetUtcNow(), Lease, None);
        await fixture.Packing.CommitAsync(new PackCommit("S01", [], null, new OrderTransition("TB-1", "S01", OrderStatus.Packed),
            new ShipmentConfirmation { OrderId = "TB-1", Shop = "taobao", ExternalId = "1", TrackingNumbers = ["ZT1"], PackedAt = fixture.Clock.GetUtcNow() }), None);
        var id = (await fixture.Outbox.GetDueAsync(fixture.Clock.GetUtcNow(), 1, None))[0].Id;

        await fixture.Outbox.MarkFailedAsync(id, "isv.logistics-offline-service-error: already shipped", null, None);

        Assert.Empty(await fixture.Outbox.GetDueAsync(fixture.Clock.GetUtcNow().AddDays(1), 10, None));
        var parked = Assert.Single(await fixture.Outbox.ListAsync(ConfirmationState.Parked, 10, None));
        Assert.Contains("already shipped", parked.LastError, StringComparison.Ordinal);
        Assert.Equal(1, parked.Attempts);
    }
}
