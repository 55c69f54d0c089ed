using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.TestKit;
using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Contract;

/// <summary>A page imported in one transaction (stored copies read once, statements prepared once) behaves as order-by-order.</summary>
public sealed class OrderPageUpsertContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task UpsertOrdersAsync_SameOrderTwiceInOnePage_OneRowNewestCopyWins(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var first = TestOrders.Make("1", new OrderLine("A", "甲", 1, 52));
        var newer = first with { ShopUpdatedAt = first.ShopUpdatedAt!.Value.AddMinutes(1), Lines = [new OrderLine("A", "甲", 3, 52)] };
        var older = first with { ShopUpdatedAt = first.ShopUpdatedAt!.Value.AddMinutes(-1), Lines = [new OrderLine("B", "乙", 9, 10)] };

        var summary = await fixture.Orders.UpsertOrdersAsync([first, newer, older], None);

        Assert.Equal(new UpsertSummary(1, 1, 1, 0), summary);
        var all = await fixture.Orders.ListOrdersAsync(null, 10, None);
        Assert.Equal(3, Assert.Single(all).Lines.Single().Quantity);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task UpsertOrdersAsync_NewOrderWithAnotherOrdersId_RefusedAloneTheRestStored(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var first = TestOrders.Make("1");
        await fixture.Orders.UpsertOrdersAsync([first], None);
        var sameId = TestOrders.Make("2") with { Id = first.Id };
        var otherShopSameId = TestOrders.Make("1") with { Shop = "shopify" };

        var summary = await fixture.Orders.UpsertOrdersAsync([sameId, TestOrders.Make("3"), otherShopSameId], None);

        Assert.Equal(1, summary.Inserted);
        Assert.Equal(
            [new ImportRefusal(sameId.Shop, "2", $"its id {first.Id} is another order's"), new ImportRefusal("shopify", "1", $"its id {first.Id} is another order's")],
            summary.Refused);
        var stored = await fixture.Orders.ListOrdersAsync(null, 10, None);
        Assert.Equal(["1", "3"], stored.Select(o => o.ExternalId).Order(StringComparer.Ordinal));
        Assert.Equal(first.Shop, (await fixture.Orders.GetOrderAsync(first.Id, None))!.Shop);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task UpsertOrdersAsync_PageMixingNewChangedStaleAndOtherShop_EachHandledOnItsOwn(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var kept = TestOrders.Make("10");
        var changed = TestOrders.Make("11");
        var cancelled = TestOrders.Make("12");
        await fixture.Orders.UpsertOrdersAsync([kept, changed, cancelled], None);
        var later = TestOrders.Created.AddMinutes(5);
        var otherShop = TestOrders.Make("10") with { Id = "SH-10", Shop = "shopify" };

        var summary = await fixture.Orders.UpsertOrdersAsync(
        [
            kept,
            changed with { ShopUpdatedAt = later, Recipient = changed.Recipient with { Name = "李娜" }, Lines = [new OrderLine("CY-26-RED-50", "红", 4, 52), new OrderLine("X", "新", 1, null)] },
            cancelled with { ShopUpdatedAt = later, Status = OrderStatus.Cancelled },
            TestOrders.Make("13"),
            otherShop,
        ], None);

        Assert.Equal(new UpsertSummary(2, 2, 1, 0), summary);
        Assert.Equal(5, (await fixture.Orders.ListOrdersAsync(null, 10, None)).Count);
        var storedChanged = await fixture.Orders.GetOrderAsync(changed.Id, None);
        Assert.Equal("李娜", storedChanged!.Recipient.Name);
        Assert.Equal([new OrderLine("CY-26-RED-50", "红", 4, 52), new OrderLine("X", "新", 1, null)], storedChanged.Lines);
        Assert.Equal(OrderStatus.Cancelled, (await fixture.Orders.GetOrderAsync(cancelled.Id, None))!.Status);
        Assert.Equal("shopify", (await fixture.Orders.GetOrderAsync("SH-10", None))!.Shop);
        Assert.Equal(kept.Lines, (await fixture.Orders.GetOrderAsync(kept.Id, None))!.Lines);
    }
}
