using PackStation.Domain.Ports;
using PackStation.TestKit;
using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Contract;

public sealed class WaybillStoreContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly byte[] Label = "^XA^FDZT1^FS^XZ"u8.ToArray();

    private static async Task<StoreFixture> WithOrdersAsync(StoreProvider provider, int count)
    {
        var fixture = await StoreFixture.CreateAsync(provider);
        await fixture.Orders.UpsertOrdersAsync(Enumerable.Range(1, count)
            .Select(i => TestOrders.Make(i.ToString(System.Globalization.CultureInfo.InvariantCulture)) with { ShipBy = TestOrders.Created.AddHours(i) })
            .ToList(), None);
        return fixture;
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ReserveForWaybillsAsync_TwoBatchesAtOnce_NeverTakeTheSameOrder(StoreProvider provider)
    {
        await using var fixture = await WithOrdersAsync(provider, 30);
        var other = fixture.Open();
        var stale = fixture.Now.AddMinutes(-10);

        var batches = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? fixture : other).Waybills
            .ReserveForWaybillsAsync($"B{i}", "S01/printer", 8, fixture.Now, stale, None)));

        var reserved = batches.SelectMany(b => b.Select(o => o.Id)).ToList();
        Assert.Equal(reserved.Count, reserved.Distinct().Count());
        Assert.Equal(30, reserved.Count);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task RecordWaybillAsync_Twice_StoresWaybillParcelAndOneJob(StoreProvider provider)
    {
        await using var fixture = await WithOrdersAsync(provider, 2);
        var reserved = await fixture.Waybills.ReserveForWaybillsAsync("B1", "S01/printer", 2, fixture.Now, fixture.Now.AddMinutes(-10), None);
        Assert.Equal(["TB-1", "TB-2"], reserved.Select(o => o.Id));
        var job = new NewPrintJob("S01/printer", PrintJobKind.Label, Label) { OrderId = "TB-1", TrackingNumber = "ZT1" };

        var first = await fixture.Waybills.RecordWaybillAsync("B1", "TB-1", "ZT1", job, fixture.Now, None);
        var again = await fixture.Waybills.RecordWaybillAsync("B1", "TB-1", "ZT1", job, fixture.Now, None);

        Assert.Equal(first!.Id, again!.Id);
        Assert.Equal("ZT1", (await fixture.Orders.GetOrderAsync("TB-1", None))!.Waybill);
        Assert.Single(await fixture.PrintJobs.ListForOrderAsync("TB-1", None));
        Assert.Equal("TB-1", (await fixture.Claims.ClaimAsync("ZT1", "S01", fixture.Now, TimeSpan.FromMinutes(2), None)).Claim?.Order.Id);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task RecordWaybillAsync_OrderTakenByAStationMeanwhile_StoresNothing(StoreProvider provider)
    {
        await using var fixture = await WithOrdersAsync(provider, 1);
        await fixture.Waybills.ReserveForWaybillsAsync("B1", "S01/printer", 1, fixture.Now, fixture.Now.AddMinutes(-10), None);
        await fixture.Claims.ClaimAsync("TB-1", "S02", fixture.Now, TimeSpan.FromMinutes(2), None);

        var recorded = await fixture.Waybills.RecordWaybillAsync("B1", "TB-1", "ZT1",
            new NewPrintJob("S01/printer", PrintJobKind.Label, Label) { OrderId = "TB-1" }, fixture.Now, None);
        await fixture.Waybills.ReleaseWaybillReservationAsync("B1", "TB-1", None);

        Assert.Null(recorded);
        Assert.Null((await fixture.Orders.GetOrderAsync("TB-1", None))!.Waybill);
        Assert.Empty(await fixture.PrintJobs.ListForOrderAsync("TB-1", None));
    }
}
