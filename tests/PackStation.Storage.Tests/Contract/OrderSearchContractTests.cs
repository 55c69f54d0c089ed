using PackStation.Domain.Orders;
using PackStation.Domain.Packing;
using PackStation.Domain.Ports;
using PackStation.Domain.Shipping;
using PackStation.TestKit;
using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Contract;

/// <summary>What a supervisor looks orders up by, an order's parcels, and parked write-backs, on every provider.</summary>
public sealed class OrderSearchContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<StoreProvider, string, string> Searches()
    {
        var data = new TheoryData<StoreProvider, string, string>();
        string[][] cases =
        [
            ["TB-1001", "TB-1001"], ["1002", "TB-1002"], ["ZT-PARCEL-1", "TB-1001"], ["WB-77", "TB-1002"], ["5678", "TB-1001,TB-1003"],
            ["12345678", "TB-1001"], ["0005678", "TB-1003"], ["TB-100", ""], ["567", ""],
        ];
        foreach (var provider in new[] { StoreProvider.Sqlite, StoreProvider.Postgres })
        {
            foreach (var c in cases)
                data.Add(provider, c[0], c[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task SearchOrders_ByEveryKindOfNumber_FindsExactlyThoseOrders(StoreProvider provider, string query, string expected)
    {
        await using var store = await SeedAsync(provider);

        var found = await store.Orders.SearchOrdersAsync(query, 50, None);

        Assert.Equal(expected, string.Join(",", found.Select(o => o.Id).Order(StringComparer.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ListParcels_AndTheConfirmation_OfAPackedOrder(StoreProvider provider)
    {
        await using var store = await SeedAsync(provider);

        var parcels = await store.Orders.ListParcelsAsync("TB-1001", None);
        var confirmation = await store.Outbox.FindForOrderAsync("TB-1001", None);

        Assert.Equal(["ZT-PARCEL-1 S01", "ZT-PARCEL-2 S01"], parcels.Select(p => $"{p.TrackingNumber} {p.StationId}"));
        Assert.Equal(["ZT-PARCEL-1", "ZT-PARCEL-2"], confirmation!.TrackingNumbers);
        Assert.Null(await store.Outbox.FindForOrderAsync("TB-1002", None));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ParkedWriteBack_RetryMakesItDueAgain_CloseMarksItDelivered_OthersAreRefused(StoreProvider provider)
    {
        await using var store = await SeedAsync(provider);
        var id = (await store.Outbox.FindForOrderAsync("TB-1001", None))!.Id;
        await store.Outbox.MarkFailedAsync(id, "订单已发货 (already shipped)", null, None);

        var pendingRetried = await store.Outbox.RetryParkedAsync(id, store.Now, None);
        var due = await store.Outbox.GetDueAsync(store.Now, 10, None);
        var retryNotParked = await store.Outbox.RetryParkedAsync(id, store.Now, None);
        await store.Outbox.MarkFailedAsync(id, "still refused", null, None);
        var closed = await store.Outbox.CloseParkedAsync(id, store.Now, "marked done by web:boss; the shop had said: still refused", None);

        Assert.True(pendingRetried);
        Assert.Equal(id, Assert.Single(due).Id);
        Assert.False(retryNotParked);
        Assert.True(closed);
        var final = (await store.Outbox.FindAsync(id, None))!;
        Assert.Equal(ConfirmationState.Delivered, final.State);
        Assert.Contains("still refused", final.LastError, StringComparison.Ordinal);
        Assert.False(await store.Outbox.CloseParkedAsync(id, store.Now, "again", None));
    }

    /// <summary>TB-1001 packed in two parcels (phone …5678), TB-1002 with a pre-printed waybill, TB-1003 another …5678.</summary>
    internal static async Task<StoreFixture> SeedAsync(StoreProvider provider)
    {
        var store = await StoreFixture.CreateAsync(provider);
        var first = TestOrders.Make("1001") with { Recipient = TestOrders.Make("x").Recipient with { Phone = "13812345678" } };
        var second = TestOrders.Make("1002") with { Waybill = "WB-77", Recipient = TestOrders.Make("x").Recipient with { Phone = "13900001111" } };
        var third = TestOrders.Make("1003") with { Recipient = TestOrders.Make("x").Recipient with { Phone = "+86 0005678" } };
        await store.Orders.UpsertOrdersAsync([first, second, third], None);
        await store.Claims.ClaimAsync("TB-1001", "S01", store.Now, TimeSpan.FromMinutes(5), None);
        var tracking = new[] { "ZT-PARCEL-1", "ZT-PARCEL-2" };
        await store.Packing.CommitAsync(new PackCommit("S01", [], new OrderProgress("TB-1001", new Dictionary<string, int>(), tracking)), None);
        await store.Packing.CommitAsync(new PackCommit("S01", [], null, new OrderTransition("TB-1001", "S01", OrderStatus.Packed),
            new ShipmentConfirmation { OrderId = "TB-1001", Shop = "taobao", ExternalId = "1001", TrackingNumbers = tracking, PackedAt = store.Now }), None);
        return store;
    }
}
