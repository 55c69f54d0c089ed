using PackStation.Domain.Orders;
using PackStation.Domain.Packing;
using PackStation.Domain.Ports;
using PackStation.Hardware.Printers;
using PackStation.Hardware.Printers.Transports;
using PackStation.Hardware.Printers.Zpl;
using PackStation.Packing.Labelling;
using PackStation.Packing.Stations;
using PackStation.TestKit.Printers;

namespace PackStation.Packing.Tests.Stations;

/// <summary>The label step through the station printer's durable queue: faults, restarts, one label per parcel.</summary>
public sealed class StationRuntimePrintingTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task LabelStep_PaperOutMidJobOnTcpPrinterThenCleared_PrintsExactlyOneLabelAndPacks()
    {
        await using var fake = new FakeTcpPrinter(FakePrinterLanguage.Zpl, "^XZ") { PauseAfterJobBytes = 60 };
        await using var printer = TcpZplPrinter(fake);
        await using var h = await StationHarness.StartAsync(printer: printer, orders: StationHarness.Order());

        await h.PackToScaleAsync();
        h.Scale.Place(174m);
        await WaitUntilAsync(() => fake.IsPaused);
        var paused = h.Now;
        var sending = Assert.Single(await h.Store.PrintJobs.ListForOrderAsync("TB-1", None));
        fake.ClearFault();
        var done = await h.WaitAsync(s => s.LastFeedback?.Code == "order-packed");

        Assert.Equal(SessionState.Labelling, paused.State);
        Assert.Equal(PrintJobState.Sending, sending.State);
        var tracking = Assert.Single(Assert.Single(await h.Store.Outbox.ListAsync(Domain.Shipping.ConfirmationState.Pending, 10, None)).TrackingNumbers);
        Assert.Equal(await ExpectedLabelAsync(h, tracking), Assert.Single(fake.Printed));
        var job = Assert.Single(await h.Store.PrintJobs.ListForOrderAsync("TB-1", None));
        Assert.Equal((PrintJobState.Done, 1, tracking), (job.State, job.Attempts, job.TrackingNumber));
        Assert.Equal(0, fake.DiscardedBytes);
        Assert.Equal(SessionState.Idle, done.State);
    }

    [Fact]
    public async Task LabelStep_TcpPrinterReportsCoverOpen_ScreenShowsWhyThenPrintsOnceWhenClosed()
    {
        await using var fake = new FakeTcpPrinter(FakePrinterLanguage.Zpl, "^XZ") { Fault = "cover-open" };
        await using var printer = TcpZplPrinter(fake);
        await using var h = await StationHarness.StartAsync(printer: printer, orders: StationHarness.Order());

        await h.PackToScaleAsync();
        h.Scale.Place(174m);
        var held = await h.WaitAsync(s => s.LastFeedback?.Code == "printer-fault");
        fake.ClearFault();
        var done = await h.WaitAsync(s => s.LastFeedback?.Code == "order-packed");

        Assert.Equal(("cover-open", "printer-fault", true, SessionState.Labelling), (held.PrinterHealth, held.NextAction, held.LabelWaiting, held.State));
        Assert.Equal(("ok", false), (done.PrinterHealth, done.LabelWaiting));
        Assert.Single(fake.Printed);
        Assert.Equal(PrintJobState.Done, Assert.Single(await h.Store.PrintJobs.ListForOrderAsync("TB-1", None)).State);
    }

    [Fact]
    public async Task Restart_WithLabelHeldInQueue_PrintsItOnceAfterRestartAndNoSecondLabel()
    {
        var first = await StationHarness.StartAsync(orders: StationHarness.Order());
        first.KeepStore = true;
        first.Printer.SetFault("paper-out");
        await first.PackToScaleAsync();
        first.Scale.Place(174m);
        await first.WaitAsync(s => s.LastFeedback?.Code == "printer-fault");
        var queued = Assert.Single(await first.Store.PrintJobs.ListForOrderAsync("TB-1", None));
        await first.DisposeAsync();

        await using var again = await StationHarness.StartAsync(reuse: first.Fixture);
        await WaitUntilAsync(() => again.Printer.JobCount > 0);
        await again.ScanAsync(StationHarness.Packer.Badge);
        await again.WaitAsync(s => s.OrderId == "TB-1" && s.State == SessionState.Weighing);
        again.Scale.Place(174m);
        await again.WaitAsync(s => s.LastFeedback?.Code == "order-packed");

        Assert.Equal(PrintJobState.Queued, queued.State);
        Assert.Empty(first.Printer.Jobs);
        Assert.Equal(queued.Bytes, Assert.Single(again.Printer.Jobs));
        var job = Assert.Single(await again.Store.PrintJobs.ListForOrderAsync("TB-1", None));
        Assert.Equal((queued.Id, PrintJobState.Done), (job.Id, job.State));
        Assert.Equal([queued.TrackingNumber!], Assert.Single(await again.Store.Outbox.ListAsync(Domain.Shipping.ConfirmationState.Pending, 10, None)).TrackingNumbers);
        Assert.Equal(OrderStatus.Packed, (await again.Store.Orders.GetOrderAsync("TB-1", None))!.Status);
    }

    [Fact]
    public async Task Restart_TrackingNumberStoredButNoJob_QueuesTheLabelOnce()
    {
        var first = await StationHarness.StartAsync(orders: StationHarness.Order());
        first.KeepStore = true;
        await first.ScanAsync(StationHarness.Packer.Badge);
        await first.ScanAsync("CMD-NEXT");
        var order = (await first.Store.Orders.GetOrderAsync("TB-1", None))!;
        // A crash right after the number was stored with the progress, before its job was queued.
        await first.Store.Packing.CommitAsync(new PackCommit("S01", [], first.Runtime.Session.Progress with { TrackingNumbers = ["ZT7000000001"] }), None);
        await first.DisposeAsync();

        await using var again = await StationHarness.StartAsync(reuse: first.Fixture);
        await WaitUntilAsync(() => again.Printer.JobCount > 0);
        await using var third = await RestartAsync(again);

        var expected = new BasicParcelLabeler(new DemoTrackingNumbers(TimeProvider.System)).Render(order, "ZT7000000001", again.Runtime.Devices.PrinterProfile);
        Assert.Equal(expected, Assert.Single(again.Printer.Jobs));
        Assert.Empty(third.Printer.Jobs);
        Assert.Equal("ZT7000000001", Assert.Single(await third.Store.PrintJobs.ListForOrderAsync("TB-1", None)).TrackingNumber);
    }

    private static async Task<StationHarness> RestartAsync(StationHarness h)
    {
        h.KeepStore = true;
        await h.StopAsync();
        var again = await StationHarness.StartAsync(reuse: h.Fixture);
        await again.ScanAsync(StationHarness.Packer.Badge);
        await again.WaitAsync(s => s.OrderId == "TB-1");
        return again;
    }


    private static async Task<byte[]> ExpectedLabelAsync(StationHarness h, string tracking) =>
        new BasicParcelLabeler(new DemoTrackingNumbers(TimeProvider.System)).Render((await h.Store.Orders.GetOrderAsync("TB-1", None))!, tracking, h.Runtime.Devices.PrinterProfile);

    private static TransportPrinter TcpZplPrinter(FakeTcpPrinter fake) =>
        new(new TcpPrinterTransport(TcpPrinterOptions.Parse(fake.HostAndPort)), new ZplStatusReader(), PrinterLanguage.Zpl, TimeSpan.FromSeconds(5), confirmTimeout: TimeSpan.FromSeconds(30));

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
            await Task.Delay(20, deadline.Token);
    }
}
