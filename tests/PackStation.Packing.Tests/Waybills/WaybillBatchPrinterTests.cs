using System.Text;
using PackStation.Domain.Orders;
using PackStation.Domain.Packing;
using PackStation.Domain.Ports;
using PackStation.Hardware.Printers;
using PackStation.Hardware.Printers.Transports;
using PackStation.Hardware.Printers.Zpl;
using PackStation.Packing.Printing;
using PackStation.Packing.Waybills;
using PackStation.TestKit.Printers;

namespace PackStation.Packing.Tests.Waybills;

public sealed class WaybillBatchPrinterTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task PrintAsync_BatchOfThree_PrintsThreeWaybillsOnceEachInShipByOrder()
    {
        await using var f = await WaybillBatchFixture.CreateAsync(orders: 5, numbers: 10);
        // TB-4 (ship-by +12 h) already holds a waybill from the shop: it is not printed again.
        await f.Store.Orders.UpsertOrdersAsync([WaybillBatchFixture.Order(4) with { Waybill = "ZT-FROM-SHOP", ShopUpdatedAt = TestKit.TestOrders.Created.AddMinutes(1) }], None);

        var batch = await f.Printer().PrintAsync(3, "S02", null, None);

        // Ship-by: TB-2 +11 h, TB-4 +12 h (has one), TB-1 +17 h, TB-3 +18 h, TB-5 +19 h.
        Assert.Equal(["TB-2", "TB-1", "TB-3"], batch.Waybills.Select(w => w.OrderId));
        Assert.Equal(["ZT7300000001", "ZT7300000002", "ZT7300000003"], batch.Waybills.Select(w => w.TrackingNumber));
        Assert.Equal("S02/printer", batch.Printer);
        Assert.Empty(batch.Problems);
        foreach (var w in batch.Waybills)
            Assert.Equal(w.TrackingNumber, (await f.Store.Orders.GetOrderAsync(w.OrderId, None))!.Waybill);

        await using var fake = new FakeTcpPrinter(FakePrinterLanguage.Zpl, "^XZ");
        await PrintQueuedAsync(f, fake, "S02/printer", expected: 3);
        var jobs = await f.Store.PrintJobs.ListAsync("S02/printer", null, 10, None);
        Assert.Equal(batch.Waybills.Select(w => w.JobId), jobs.Select(j => j.Id).Reverse());
        Assert.Equal(jobs.Select(j => j.Bytes).Reverse(), fake.Printed);
        Assert.All(fake.Printed.Zip(batch.Waybills), p => Assert.Contains(p.Second.TrackingNumber, Encoding.UTF8.GetString(p.First), StringComparison.Ordinal));
        Assert.All(jobs, j => Assert.Equal(PrintJobState.Done, j.State));
    }

    [Fact]
    public async Task PrintAsync_SecondBatch_TakesOnlyOrdersWithoutAWaybill()
    {
        await using var f = await WaybillBatchFixture.CreateAsync(orders: 5, numbers: 10);
        var first = await f.Printer().PrintAsync(3, null, null, None);

        var second = await f.Printer().PrintAsync(3, null, null, None);

        // First batch: TB-2 (+11 h), TB-4 (+12 h), TB-1 (+17 h); left: TB-3 (+18 h), TB-5 (+19 h).
        Assert.Equal(["TB-3", "TB-5"], second.Waybills.Select(w => w.OrderId));
        Assert.Empty(first.Waybills.Select(w => w.OrderId).Intersect(second.Waybills.Select(w => w.OrderId)));
        Assert.Equal("S01/printer", second.Printer);
    }

    [Fact]
    public async Task PrintAsync_TwoBatchesAtOnce_NoOrderGetsTwoNumbersOrTwoJobs()
    {
        await using var f = await WaybillBatchFixture.CreateAsync(orders: 20, numbers: 40);
        var otherProcess = f.OpenStore();
        using var start = new ManualResetEventSlim();

        var a = Task.Run(() => { start.Wait(); return f.Printer().PrintAsync(12, "S01", null, None); });
        var b = Task.Run(() => { start.Wait(); return f.Printer(otherProcess).PrintAsync(12, "S02", null, None); });
        start.Set();
        var batches = await Task.WhenAll(a, b);

        var all = batches.SelectMany(x => x.Waybills).ToList();
        Assert.Equal(20, all.Count);
        Assert.Equal(20, all.Select(w => w.OrderId).Distinct().Count());
        Assert.Equal(20, all.Select(w => w.TrackingNumber).Distinct().Count());
        for (var n = 1; n <= 20; n++)
        {
            var jobs = await f.Store.PrintJobs.ListForOrderAsync($"TB-{n}", None);
            var order = (await f.Store.Orders.GetOrderAsync($"TB-{n}", None))!;
            Assert.Equal(order.Waybill, Assert.Single(jobs).TrackingNumber);
        }

        Assert.Equal(20, await f.Store.TrackingNumbers.CountFreeTrackingNumbersAsync("ZTO", None));
    }

    [Fact]
    public async Task PrintAsync_PoolRunsOut_PrintsWhatItCanAndReleasesTheRest()
    {
        await using var f = await WaybillBatchFixture.CreateAsync(orders: 4, numbers: 2);

        var batch = await f.Printer().PrintAsync(4, null, null, None);
        await f.Store.TrackingNumbers.ImportTrackingNumbersAsync("ZTO", ["ZT7400000001", "ZT7400000002"], None);
        var next = await f.Printer().PrintAsync(4, null, null, None);

        Assert.Equal(2, batch.Waybills.Count);
        Assert.Equal(2, batch.Problems.Count);
        Assert.Equal(["ZT7400000001", "ZT7400000002"], next.Waybills.Select(w => w.TrackingNumber));
    }

    [Fact]
    public async Task PrintAsync_StationsPrintAfterVerification_IsRefusedAndReservesNothing()
    {
        await using var f = await WaybillBatchFixture.CreateAsync(orders: 2, numbers: 2);

        var refused = await Assert.ThrowsAsync<WaybillBatchException>(() => f.Printer(timing: LabelTiming.AfterVerification).PrintAsync(2, null, null, None));
        var unknown = await Assert.ThrowsAsync<WaybillBatchException>(() => f.Printer().PrintAsync(2, "S99", null, None));
        var tooMany = await Assert.ThrowsAsync<WaybillBatchException>(() => f.Printer().PrintAsync(0, null, null, None));

        Assert.Contains("LabelTiming", refused.Message, StringComparison.Ordinal);
        Assert.Contains("S99", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("1 to 500", tooMany.Message, StringComparison.Ordinal);
        Assert.Equal(2, await f.Store.TrackingNumbers.CountFreeTrackingNumbersAsync("ZTO", None));
        Assert.Empty(await f.Store.PrintJobs.ListAsync(null, null, 10, None));
        // No order was left reserved by the refused batches: a valid batch right after gets both.
        var valid = await f.Printer().PrintAsync(2, null, null, None);
        Assert.Equal(2, valid.Waybills.Count);
        Assert.Empty(valid.Problems);
    }

    /// <summary>Runs the printer's queue against a TCP printer played by the test until it has printed <paramref name="expected"/> jobs.</summary>
    private static async Task PrintQueuedAsync(WaybillBatchFixture f, FakeTcpPrinter fake, string key, int expected)
    {
        await using var printer = new TransportPrinter(new TcpPrinterTransport(TcpPrinterOptions.Parse(fake.HostAndPort)), new ZplStatusReader(), PrinterLanguage.Zpl, TimeSpan.FromSeconds(5), confirmTimeout: TimeSpan.FromSeconds(30));
        using var queue = new PrintQueue(key, printer, f.Store.PrintJobs, new PrintQueueOptions { IdlePollInterval = TimeSpan.FromMilliseconds(50) });
        using var stop = new CancellationTokenSource();
        var running = queue.RunAsync(stop.Token);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await f.Store.PrintJobs.ListAsync(key, PrintJobState.Done, 100, None)).Count < expected)
            await Task.Delay(20, deadline.Token);
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }
}
