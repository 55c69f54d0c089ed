using PackStation.Domain.Events;
using PackStation.Domain.Packing;
using PackStation.Domain.Packing.Actions;
using PackStation.Domain.Scanning;

namespace PackStation.Domain.Tests.Packing;

public sealed class PackSessionFinishTests
{
    [Fact]
    public void Weigh_WithinTolerance_AsksForLabel()
    {
        var h = new SessionHarness().Verified();

        var step = h.Session.Weigh(176m);

        var print = Assert.IsType<PrintLabel>(step.Action);
        Assert.Equal(("TB-1", 1, 3), (print.Order.Id, print.Parcel, print.Progress.VerifiedUnits.Values.Sum()));
        Assert.Equal(SessionState.Labelling, h.Session.State);
        Assert.Equal(PackEventKind.WeightAccepted, step.Events[0].Kind);
    }

    [Fact]
    public void Weigh_OutsideTolerance_BlocksUntilReweighed()
    {
        var h = new SessionHarness().Verified();

        var light = h.Session.Weigh(122m);
        var again = h.Session.Weigh(174m);

        Assert.Equal("weight-mismatch", light.Feedback.Code);
        Assert.Equal(PackEventKind.WeightRejected, light.Events[0].Kind);
        Assert.Null(light.Action);
        Assert.IsType<PrintLabel>(again.Action);
    }

    [Fact]
    public void Weigh_WhenNotWeighing_IsIgnoredWithoutEvents()
    {
        var h = new SessionHarness().Started();

        var step = h.Session.Weigh(174m);

        Assert.Empty(step.Events);
        Assert.Equal(SessionState.Verifying, h.Session.State);
    }

    [Fact]
    public void LabelPrinted_WithoutConfirmation_CompletesOrder()
    {
        var h = new SessionHarness().Verified();
        h.Session.Weigh(174m);

        var step = h.Session.LabelPrinted("ZT100");

        var complete = Assert.IsType<CompleteOrder>(step.Action);
        Assert.Equal("TB-1", complete.Order.Id);
        Assert.Equal(FeedbackKind.Done, step.Feedback.Kind);
        Assert.Equal(["ZT100"], complete.Packed.TrackingNumbers);
        Assert.Equal(174m, complete.Packed.WeightGrams);
        Assert.Equal(SessionState.Idle, h.Session.State);
        Assert.Contains(step.Events, e => e.Kind == PackEventKind.OrderPacked && e.OrderId == "TB-1");
    }

    [Fact]
    public void ScanLabel_WhenConfirming_RightLabelCompletesWrongLabelIsRefused()
    {
        var h = new SessionHarness(new PackSessionOptions { ConfirmByScan = true }).Verified();
        h.Session.Weigh(174m);
        h.Session.LabelPrinted("ZT100");

        var wrong = h.Scan("ZT999");
        var right = h.Scan("ZT100");

        Assert.Equal("wrong-label", wrong.Feedback.Code);
        Assert.Equal(PackEventKind.WrongLabel, wrong.Events[0].Kind);
        Assert.IsType<CompleteOrder>(right.Action);
    }

    [Fact]
    public void Reprint_WhenConfirming_ReprintsSameNumber()
    {
        var h = new SessionHarness(new PackSessionOptions { ConfirmByScan = true }).Verified();
        h.Session.Weigh(174m);
        h.Session.LabelPrinted("ZT100");

        var step = h.Command(PackCommand.Reprint);

        var reprint = Assert.IsType<ReprintLabel>(step.Action);
        Assert.Equal(("TB-1", "ZT100"), (reprint.Order.Id, reprint.TrackingNumber));
        Assert.Equal("ZT100", step.Events[0].Detail);
        Assert.Equal(["ZT100"], h.Session.TrackingNumbers);
    }

    [Fact]
    public void Reprint_AfterPacked_ReprintsLastLabel()
    {
        var h = new SessionHarness().Verified();
        h.Session.Weigh(174m);
        h.Session.LabelPrinted("ZT100");

        var step = h.Command(PackCommand.Reprint);

        var reprint = Assert.IsType<ReprintLabel>(step.Action);
        Assert.Equal(("TB-1", "ZT100"), (reprint.Order.Id, reprint.TrackingNumber));
        Assert.Contains("ZT100", step.Events[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Reprint_WithNothingPrinted_IsRefused()
    {
        var h = new SessionHarness().Started();

        Assert.Equal("nothing-to-reprint", h.Command(PackCommand.Reprint).Feedback.Code);
    }

    [Fact]
    public void NewParcel_GetsNewNumberAndBothLabelsMustBeScanned()
    {
        var h = new SessionHarness(new PackSessionOptions { ConfirmByScan = true }).Verified();
        h.Session.Weigh(174m);
        h.Session.LabelPrinted("ZT100");

        var newParcel = h.Command(PackCommand.NewParcel);
        h.Session.LabelPrinted("ZT101");
        var first = h.Scan("ZT100");
        var second = h.Scan("ZT101");

        Assert.Equal(2, Assert.IsType<PrintLabel>(newParcel.Action).Parcel);
        Assert.Null(first.Action);
        Assert.Equal(["ZT100", "ZT101"], Assert.IsType<CompleteOrder>(second.Action).Packed.TrackingNumbers);
    }

    [Fact]
    public void PrintFailed_KeepsLabellingAndRecordsFault()
    {
        var h = new SessionHarness().Verified();
        h.Session.Weigh(174m);

        var step = h.Session.PrintFailed("paper-out");

        Assert.Equal(SessionState.Labelling, h.Session.State);
        Assert.Equal(PackEventKind.PrintFailed, step.Events[0].Kind);
        Assert.Equal("printer-fault", step.Feedback.Code);
    }

    [Fact]
    public void PrintedBeforePicking_WaybillScanStartsAndWeightCompletesWithoutPrinting()
    {
        var h = new SessionHarness(new PackSessionOptions { LabelTiming = LabelTiming.PrintedBeforePicking });
        h.Scan(SessionHarness.Alice.Badge);
        h.Session.Start(SessionHarness.Order(waybill: "ZT777"), null, "ZT777");
        h.Scan("6901230000017");
        h.Scan("6901230000017");
        h.Scan("6901230000031");

        var step = h.Session.Weigh(174m);

        Assert.Equal(["ZT777"], Assert.IsType<CompleteOrder>(step.Action).Packed.TrackingNumbers);
    }

    [Fact]
    public void PrintedBeforePicking_WithConfirmation_AsksForWaybillScan()
    {
        var h = new SessionHarness(new PackSessionOptions { LabelTiming = LabelTiming.PrintedBeforePicking, ConfirmByScan = true });
        h.Scan(SessionHarness.Alice.Badge);
        h.Session.Start(SessionHarness.Order(waybill: "ZT777"), null, "ZT777");
        foreach (var code in new[] { "6901230000017", "6901230000017", "6901230000031" })
            h.Scan(code);

        var weighed = h.Session.Weigh(174m);
        var stateAfterWeighing = h.Session.State;
        var confirmed = h.Scan("ZT777");

        Assert.Null(weighed.Action);
        Assert.Equal(SessionState.Confirming, stateAfterWeighing);
        Assert.IsType<CompleteOrder>(confirmed.Action);
    }

    [Fact]
    public void NoWeighing_LastItemGoesStraightToLabel()
    {
        var h = new SessionHarness(new PackSessionOptions { RequireWeighing = false });

        h.Verified();

        Assert.Equal(SessionState.Labelling, h.Session.State);
    }
}
