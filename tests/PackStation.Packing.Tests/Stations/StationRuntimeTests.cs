using PackStation.Domain.Events;
using PackStation.Domain.Orders;
using PackStation.Domain.Packing;
using PackStation.Domain.Shipping;
using PackStation.Hardware.Devices;
using PackStation.Packing.Labelling;

namespace PackStation.Packing.Tests.Stations;

public sealed class StationRuntimeTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task PackOrder_EndToEnd_StoresPackedOrderOneConfirmationAndOneLabel()
    {
        await using var h = await StationHarness.StartAsync(orders: StationHarness.Order());

        await h.ScanAsync(StationHarness.Packer.Badge);
        var started = await h.ScanAsync("CMD-NEXT");
        await h.ScanAsync(StationHarness.Red);
        await h.ScanAsync(StationHarness.Red);
        var weighing = await h.ScanAsync(StationHarness.Navy);
        h.Scale.Place(175m);
        var done = await h.WaitAsync(s => s.State == SessionState.Idle && s.LastFeedback?.Kind == FeedbackKind.Done);

        Assert.Equal("TB-1", started.OrderId);
        Assert.Equal(SessionState.Weighing, weighing.State);
        Assert.Equal(174m, weighing.ExpectedGrams);
        Assert.Equal("order-packed", done.LastFeedback!.Code);
        Assert.Equal(OrderStatus.Packed, (await h.Store.Orders.GetOrderAsync("TB-1", None))!.Status);
        var confirmation = Assert.Single(await h.Store.Outbox.ListAsync(ConfirmationState.Pending, 10, None));
        var tracking = Assert.Single(confirmation.TrackingNumbers);
        // The one job is the label of this order with the tracking number written back to the shop.
        var expectedLabel = new BasicParcelLabeler(new DemoTrackingNumbers(TimeProvider.System)).Render((await h.Store.Orders.GetOrderAsync("TB-1", None))!, tracking, h.Runtime.Devices.PrinterProfile);
        Assert.Equal(expectedLabel, Assert.Single(h.Printer.Jobs));
        var kinds = (await h.Store.Packing.ReadOrderEventsAsync("TB-1", None)).Select(e => e.Kind).ToList();
        Assert.Equal([PackEventKind.OrderStarted, PackEventKind.ItemAccepted, PackEventKind.ItemAccepted, PackEventKind.ItemAccepted,
            PackEventKind.AllVerified, PackEventKind.WeightAccepted, PackEventKind.LabelPrinted, PackEventKind.OrderPacked], kinds);
    }

    [Fact]
    public async Task WrongItem_ShowsErrorAndIsStoredBeforeShown()
    {
        await using var h = await StationHarness.StartAsync(orders: [StationHarness.Order(), StationHarness.Order("2") with { Lines = [new OrderLine("NAVY-50", "藏青", 1, 50)] }]);
        await h.ScanAsync(StationHarness.Packer.Badge);
        await h.ScanAsync("TB-2");

        var shown = await h.ScanAsync(StationHarness.Red);

        Assert.Equal(FeedbackKind.Error, shown.LastFeedback!.Kind);
        Assert.Equal("wrong-item", shown.LastFeedback.Code);
        Assert.Contains(await h.Store.Packing.ReadOrderEventsAsync("TB-2", None), e => e.Kind == PackEventKind.WrongItem && e.Code == StationHarness.Red);
    }

    [Fact]
    public async Task PrinterPaperOut_HoldsLabelThenPrintsItExactlyOnceWhenCleared()
    {
        await using var h = await StationHarness.StartAsync(orders: StationHarness.Order());
        h.Printer.SetFault("paper-out");
        await h.ScanAsync(StationHarness.Packer.Badge);
        await h.ScanAsync("CMD-NEXT");
        foreach (var code in new[] { StationHarness.Red, StationHarness.Red, StationHarness.Navy })
            await h.ScanAsync(code);

        h.Scale.Place(174m);
        var held = await h.WaitAsync(s => s.LastFeedback?.Code == "printer-fault");
        h.Printer.ClearFault();
        var done = await h.WaitAsync(s => s.LastFeedback?.Code == "order-packed");

        Assert.Equal(SessionState.Labelling, held.State);
        Assert.Equal("paper-out", held.PrinterHealth);
        Assert.True(held.LabelWaiting);
        Assert.Single(h.Printer.Jobs);
        Assert.Single((await h.Store.Outbox.ListAsync(null, 10, None)).Single().TrackingNumbers);
        Assert.Contains(await h.Store.Packing.ReadEventsAsync(0, 100, None), e => e.Kind == PackEventKind.PrintFailed);
        Assert.Equal("ok", done.PrinterHealth);
    }

    [Fact]
    public async Task Restart_MidOrder_ResumesVerifiedItemsAtNextLogin()
    {
        var h = await StationHarness.StartAsync(orders: StationHarness.Order());
        await h.ScanAsync(StationHarness.Packer.Badge);
        await h.ScanAsync("CMD-NEXT");
        await h.ScanAsync(StationHarness.Red);
        await h.StopAsync();

        await using var again = await StationHarness.StartAsync(reuse: h.Fixture);
        var resumed = await again.ScanAsync(StationHarness.Packer.Badge);
        resumed = await again.WaitAsync(s => s.OrderId == "TB-1");

        Assert.Equal(1, resumed.Lines.Single(l => l.Sku == "RED-50").Scanned);
        Assert.Equal(SessionState.Verifying, resumed.State);
        Assert.Contains(await again.Store.Packing.ReadOrderEventsAsync("TB-1", None), e => e.Kind == PackEventKind.OrderResumed);
    }

    [Fact]
    public async Task ScaleUnplugged_ShowsDisconnected_AndResumesWhenBack()
    {
        await using var h = await StationHarness.StartAsync(orders: StationHarness.Order());

        h.Scale.SetHealth(DeviceHealth.Disconnected("unplugged"));
        var gone = await h.WaitAsync(s => s.ScaleHealth == "disconnected");
        h.Scale.SetHealth(DeviceHealth.Connected);
        var back = await h.WaitAsync(s => s.ScaleHealth == "ok");

        Assert.Equal("disconnected", gone.ScaleHealth);
        Assert.Equal("ok", back.ScaleHealth);
        Assert.Contains(await h.Store.Packing.ReadEventsAsync(0, 100, None), e => e.Kind == PackEventKind.DeviceHealthChanged && e.Detail!.Contains("scale: disconnected", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OrderCancelledByShopMidPack_IsWithdrawnAtNextScan()
    {
        await using var h = await StationHarness.StartAsync(orders: StationHarness.Order());
        await h.ScanAsync(StationHarness.Packer.Badge);
        await h.ScanAsync("CMD-NEXT");
        var order = StationHarness.Order();
        await h.Store.Orders.UpsertOrdersAsync([order with { Status = OrderStatus.Cancelled, ShopUpdatedAt = order.ShopUpdatedAt!.Value.AddMinutes(5) }], None);

        var shown = await h.ScanAsync(StationHarness.Red);

        Assert.Equal("order-withdrawn", shown.LastFeedback!.Code);
        Assert.Null(shown.OrderId);
        Assert.Equal(OrderStatus.Hold, (await h.Store.Orders.GetOrderAsync("TB-1", None))!.Status);
    }

    [Fact]
    public async Task InvalidScan_IsShownAndRecordedNotDropped()
    {
        await using var h = await StationHarness.StartAsync();
        var before = h.Now.Version;

        h.Scanner.Inject(new Hardware.Scanners.Scan("0106901230000010", DateTimeOffset.UtcNow, Valid: false, Error: "GTIN check digit is 0, expected 7"));
        var shown = await h.WaitAsync(s => s.Version > before);

        Assert.Equal("unreadable-scan", shown.LastFeedback!.Code);
        Assert.Contains(await h.Store.Packing.ReadEventsAsync(0, 10, None), e => e.Kind == PackEventKind.ScanRefused && e.Detail!.Contains("check digit", StringComparison.Ordinal));
    }
}
