using PackStation.Domain.Events;
using PackStation.Domain.Packing;
using PackStation.Domain.Packing.Actions;
using PackStation.Domain.Scanning;

namespace PackStation.Domain.Tests.Packing;

public sealed class PackSessionCommandTests
{
    [Fact]
    public void Cancel_BeforeLabel_ReleasesOrder()
    {
        var h = new SessionHarness().Started();
        h.Scan("6901230000017");

        var step = h.Command(PackCommand.Cancel);

        Assert.Equal(new ReleaseOrder("TB-1"), step.Action);
        Assert.Equal(SessionState.Idle, h.Session.State);
        Assert.Empty(h.Session.VerifiedUnits);
    }

    [Fact]
    public void Cancel_AfterLabelPrinted_IsRefused()
    {
        var h = new SessionHarness(new PackSessionOptions { ConfirmByScan = true }).Verified();
        h.Session.Weigh(174m);
        h.Session.LabelPrinted("ZT100");

        var step = h.Command(PackCommand.Cancel);

        Assert.Equal("label-printed", step.Feedback.Code);
        Assert.Equal(SessionState.Confirming, h.Session.State);
    }

    [Fact]
    public void Short_HoldsOrderNamingMissingUnits()
    {
        var h = new SessionHarness().Started();
        h.Scan("6901230000017");

        var step = h.Command(PackCommand.Short);

        var hold = Assert.IsType<HoldOrder>(step.Action);
        Assert.Equal("TB-1", hold.OrderId);
        Assert.Equal(PackEventKind.OrderShort, step.Events[0].Kind);
        Assert.Contains("RED-50 × 1", hold.Reason, StringComparison.Ordinal);
        Assert.Contains("NAVY-50 × 1", hold.Reason, StringComparison.Ordinal);
        Assert.Equal(SessionState.Idle, h.Session.State);
    }

    [Fact]
    public void Short_WhenWeighing_IsRefused()
    {
        var h = new SessionHarness().Verified();

        Assert.Equal("short-not-now", h.Command(PackCommand.Short).Feedback.Code);
    }

    [Fact]
    public void Hold_AnyOpenOrder_HoldsIt()
    {
        var h = new SessionHarness().Verified();

        var step = h.Command(PackCommand.Hold);

        Assert.Equal(new HoldOrder("TB-1", "held at station S01"), step.Action);
        Assert.Equal(PackEventKind.OrderHeld, step.Events[0].Kind);
    }

    [Fact]
    public void Hold_WithoutOrder_IsRefused()
    {
        var h = new SessionHarness();
        h.Scan(SessionHarness.Alice.Badge);

        Assert.Equal("no-order", h.Command(PackCommand.Hold).Feedback.Code);
    }

    [Fact]
    public void Logout_WithOrderOpen_IsRefused_AndWithoutOrderLogsOut()
    {
        var h = new SessionHarness().Started();

        var refused = h.Command(PackCommand.Logout);
        h.Command(PackCommand.Cancel);
        var done = h.Command(PackCommand.Logout);

        Assert.Equal("finish-order-first", refused.Feedback.Code);
        Assert.Equal(PackEventKind.LoggedOut, done.Events[0].Kind);
        Assert.Equal(SessionState.LoggedOut, h.Session.State);
    }

    [Fact]
    public void Next_WithOrderOpen_IsRefused()
    {
        var h = new SessionHarness().Started();

        Assert.Equal("finish-order-first", h.Command(PackCommand.Next).Feedback.Code);
    }

    [Fact]
    public void Override_OfVerification_NeedsSupervisorAndReason_ThenWeighs()
    {
        var h = new SessionHarness().Started();
        h.Scan("6901230000017");

        var asked = h.Command(PackCommand.Override);
        var packerBadge = h.Scan(SessionHarness.Bob.Badge);
        var item = h.Scan("6901230000017");
        var boss = h.Scan(SessionHarness.Boss.Badge);
        var notReason = h.Scan("6901230000031");
        var reason = h.Scan("RSN-BARCODE-UNREADABLE");

        Assert.Equal(PackEventKind.OverrideRequested, asked.Events[0].Kind);
        Assert.Equal("supervisor-badge-needed", packerBadge.Feedback.Code);
        Assert.Equal("supervisor-badge-needed", item.Feedback.Code);
        Assert.Equal("override-reason", boss.Feedback.Code);
        Assert.Equal("reason-needed", notReason.Feedback.Code);
        var granted = reason.Events.Single(e => e.Kind == PackEventKind.OverrideGranted);
        Assert.Contains("SUP1", granted.Detail, StringComparison.Ordinal);
        Assert.Contains("BARCODE-UNREADABLE", granted.Detail, StringComparison.Ordinal);
        Assert.Equal(SessionState.Weighing, h.Session.State);
        Assert.Equal("P001", h.Session.Packer?.Id);
    }

    [Fact]
    public void Override_OfWeightMismatch_GoesToLabel()
    {
        var h = new SessionHarness().Verified();
        h.Session.Weigh(100m);

        h.Command(PackCommand.Override);
        h.Scan(SessionHarness.Boss.Badge);
        var step = h.Scan("RSN-PACKAGING-DIFFERS");

        Assert.IsType<PrintLabel>(step.Action);
        Assert.Contains(step.Events, e => e.Kind == PackEventKind.OverrideGranted);
    }

    [Fact]
    public void Override_Cancelled_ReturnsToScanning()
    {
        var h = new SessionHarness().Started();
        h.Command(PackCommand.Override);

        var step = h.Command(PackCommand.Cancel);

        Assert.Equal(OverrideStage.None, h.Session.OverrideStage);
        Assert.Equal(SessionState.Verifying, h.Session.State);
        Assert.Equal(PackEventKind.OverrideRefused, step.Events[0].Kind);
    }

    [Fact]
    public void Override_WhenIdle_IsRefused()
    {
        var h = new SessionHarness();
        h.Scan(SessionHarness.Alice.Badge);

        Assert.Equal("override-not-now", h.Command(PackCommand.Override).Feedback.Code);
    }

    [Fact]
    public void ReasonCode_WithoutOverride_IsRefused()
    {
        var h = new SessionHarness().Started();

        Assert.Equal("reason-not-expected", h.Scan("RSN-OTHER").Feedback.Code);
    }

    [Fact]
    public void OrderWithdrawn_ForgetsOrderAndSaysWhy()
    {
        var h = new SessionHarness().Started();

        var step = h.Session.OrderWithdrawn("cancelled by the shop");

        Assert.Null(h.Session.Order);
        Assert.Equal(SessionState.Idle, h.Session.State);
        Assert.Equal("order-withdrawn", step.Feedback.Code);
        Assert.Equal(PackEventKind.OrderReleased, step.Events[0].Kind);
    }
}
