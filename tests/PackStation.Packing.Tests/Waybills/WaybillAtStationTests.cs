using Microsoft.Extensions.Options;
using PackStation.Domain.Orders;
using PackStation.Domain.Packing;
using PackStation.Domain.Shipping;
using PackStation.Labels;
using PackStation.Packing.Tests.Stations;

namespace PackStation.Packing.Tests.Waybills;

/// <summary>The Chinese flow end to end: a batch prints the waybill on the station's printer, the packer starts the order by scanning it.</summary>
public sealed class WaybillAtStationTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ScanPrintedWaybill_AtStation_StartsItsOrderAndPrintsNoSecondLabel()
    {
        var options = new PackingOptions { LabelTiming = LabelTiming.PrintedBeforePicking, ClaimLease = TimeSpan.FromMinutes(5) };
        await using var h = await StationHarness.StartAsync(options, orders: [StationHarness.Order("1"), StationHarness.Order("2")]);
        await h.Store.TrackingNumbers.ImportTrackingNumbersAsync("ZTO", ["ZT7500000001", "ZT7500000002"], None);
        using var renderer = new LabelRenderer(TimeProvider.System, Options.Create(new LabelOptions()));
        var batch = await WaybillBatchFixture.For(h.Store, renderer).PrintAsync(2, "S01", "waybill-100x180", None);
        var waybill = batch.Waybills.Single(w => w.OrderId == "TB-2").TrackingNumber;
        await WaitUntilAsync(() => h.Printer.JobCount == 2);

        await h.ScanAsync(StationHarness.Packer.Badge);
        var started = await h.ScanAsync(waybill);
        foreach (var code in new[] { StationHarness.Red, StationHarness.Red, StationHarness.Navy })
            await h.ScanAsync(code);
        h.Scale.Place(174m);
        var done = await h.WaitAsync(s => s.LastFeedback?.Code == "order-packed");

        Assert.Equal(("TB-2", SessionState.Verifying), (started.OrderId, started.State));
        Assert.Equal([waybill], started.TrackingNumbers);
        Assert.Equal(SessionState.Idle, done.State);
        Assert.Equal(2, h.Printer.JobCount);
        Assert.Equal(OrderStatus.Packed, (await h.Store.Orders.GetOrderAsync("TB-2", None))!.Status);
        Assert.Equal([waybill], Assert.Single(await h.Store.Outbox.ListAsync(ConfirmationState.Pending, 10, None)).TrackingNumbers);
        Assert.Single(await h.Store.PrintJobs.ListForOrderAsync("TB-2", None));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
            await Task.Delay(20, deadline.Token);
    }
}
