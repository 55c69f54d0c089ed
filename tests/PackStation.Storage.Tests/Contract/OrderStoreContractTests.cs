using PackStation.Domain.Orders;
using PackStation.Storage.Sqlite;
using PackStation.TestKit;
using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Contract;

public sealed class OrderStoreContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;


    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task UpsertOrdersAsync_NewOrder_StoresEveryField(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var order = TestOrders.Make("3391028845", new OrderLine("A", "甲", 2, 52), new OrderLine("B", "乙", 1, null));

        var summary = await fixture.Orders.UpsertOrdersAsync([order], None);
        var stored = await fixture.Orders.GetOrderAsync(order.Id, None);

        Assert.Equal(1, summary.Inserted);
        Assert.NotNull(stored);
        Assert.Equal(OrderStatus.Ready, stored.Status);
        Assert.Equal(order.Recipient, stored.Recipient);
        Assert.Equal(order.Lines, stored.Lines);
        Assert.Equal(order.ShipBy, stored.ShipBy);
        Assert.Equal(TimeSpan.FromHours(8), stored.CreatedAt.Offset);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task UpsertOrdersAsync_OlderOrSameCopy_IsUnchanged(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var order = TestOrders.Make("1");
        await fixture.Orders.UpsertOrdersAsync([order], None);

        var summary = await fixture.Orders.UpsertOrdersAsync([order with { Recipient = order.Recipient with { Name = "旧" }, ShopUpdatedAt = order.ShopUpdatedAt!.Value.AddMinutes(-1) }, order], None);

        Assert.Equal(2, summary.Unchanged);
        Assert.Equal("张小燕", (await fixture.Orders.GetOrderAsync(order.Id, None))!.Recipient.Name);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task UpsertOrdersAsync_NewerCopy_Wins(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var order = TestOrders.Make("1");
        await fixture.Orders.UpsertOrdersAsync([order], None);

        var summary = await fixture.Orders.UpsertOrdersAsync([order with { Recipient = order.Recipient with { Name = "新" }, ShopUpdatedAt = order.ShopUpdatedAt!.Value.AddMinutes(1) }], None);

        Assert.Equal(1, summary.Updated);
        Assert.Equal("新", (await fixture.Orders.GetOrderAsync(order.Id, None))!.Recipient.Name);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task UpsertOrdersAsync_CancelledWhileReady_CancelsOrder(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var order = TestOrders.Make("1");
        await fixture.Orders.UpsertOrdersAsync([order], None);

        await fixture.Orders.UpsertOrdersAsync([order with { Status = OrderStatus.Cancelled, ShopUpdatedAt = order.ShopUpdatedAt!.Value.AddMinutes(1) }], None);

        Assert.Equal(OrderStatus.Cancelled, (await fixture.Orders.GetOrderAsync(order.Id, None))!.Status);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task UpsertOrdersAsync_CancelledWhileAtStation_HoldsOrderWithReason(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var order = TestOrders.Make("1");
        await fixture.Orders.UpsertOrdersAsync([order], None);
        await fixture.Claims.ClaimAsync(order.Id, "S01", fixture.Clock.GetUtcNow(), TimeSpan.FromMinutes(2), None);

        var summary = await fixture.Orders.UpsertOrdersAsync([order with { Status = OrderStatus.Cancelled, ShopUpdatedAt = order.ShopUpdatedAt!.Value.AddMinutes(1) }], None);
        var stored = await fixture.Orders.GetOrderAsync(order.Id, None);

        Assert.Equal(1, summary.Held);
        Assert.Equal(OrderStatus.Hold, stored!.Status);
        Assert.Contains("cancelled", stored.HoldReason, StringComparison.Ordinal);
        Assert.Empty(await fixture.Claims.GetClaimsAsync("S01", None));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task UpsertOrdersAsync_InvalidOrderInBatch_StoresNothing(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var good = TestOrders.Make("1");
        var bad = TestOrders.Make("2") with { Lines = [new OrderLine("X", "x", 0, 1)] };

        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Orders.UpsertOrdersAsync([good, bad], None));

        Assert.Empty(await fixture.Orders.ListOrdersAsync(null, 10, None));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task CountQueueAsync_CountsByStateAndDueToday(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var endOfToday = TestOrders.Created.Date.AddDays(1);
        await fixture.Orders.UpsertOrdersAsync(
        [
            TestOrders.Make("1") with { ShipBy = TestOrders.Created.AddHours(3) },
            TestOrders.Make("2"),
            TestOrders.Make("3"),
        ], None);
        await fixture.Orders.HoldOrderAsync("TB-3", "checking stock", None);

        var counts = await fixture.Orders.CountQueueAsync(new DateTimeOffset(endOfToday, TimeSpan.FromHours(8)), None);

        Assert.Equal(2, counts.Ready);
        Assert.Equal(1, counts.Hold);
        Assert.Equal(1, counts.DueToday);
    }
}
