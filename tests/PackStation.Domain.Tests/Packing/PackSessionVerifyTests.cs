using PackStation.Domain.Events;
using PackStation.Domain.Packing;
using PackStation.Domain.Packing.Actions;
using PackStation.Domain.Scanning;

namespace PackStation.Domain.Tests.Packing;

public sealed class PackSessionVerifyTests
{
    [Fact]
    public void Handle_ItemBeforeBadge_IsRefusedAndRecorded()
    {
        var h = new SessionHarness();

        var step = h.Scan("6901230000017");

        Assert.Equal(FeedbackKind.Error, step.Feedback.Kind);
        Assert.Equal("badge-first", step.Feedback.Code);
        Assert.Equal(PackEventKind.ScanRefused, Assert.Single(step.Events).Kind);
        Assert.Equal(SessionState.LoggedOut, h.Session.State);
    }

    [Fact]
    public void Handle_Badge_LogsInAndWaitsForOrder()
    {
        var h = new SessionHarness();

        var step = h.Scan(SessionHarness.Alice.Badge);

        Assert.Equal(SessionState.Idle, h.Session.State);
        Assert.Equal("P001", h.Session.Packer?.Id);
        Assert.Equal(PackEventKind.LoggedIn, Assert.Single(step.Events).Kind);
    }

    [Fact]
    public void Handle_CodeWhileIdle_AsksRuntimeToClaimThatOrder()
    {
        var h = new SessionHarness();
        h.Scan(SessionHarness.Alice.Badge);

        var step = h.Scan("TOTE-0012");

        Assert.Equal(new ClaimScannedOrder("TOTE-0012"), step.Action);
    }

    [Fact]
    public void Handle_NextWhileIdle_AsksRuntimeToClaimNext()
    {
        var h = new SessionHarness();
        h.Scan(SessionHarness.Alice.Badge);

        Assert.IsType<ClaimNextOrder>(h.Command(PackCommand.Next).Action);
    }

    [Fact]
    public void Start_Order_WaitsForItems()
    {
        var h = new SessionHarness();
        h.Scan(SessionHarness.Alice.Badge);

        var step = h.Session.Start(SessionHarness.Order(), null, "TB-1");

        Assert.Equal(SessionState.Verifying, h.Session.State);
        Assert.Equal(PackEventKind.OrderStarted, Assert.Single(step.Events).Kind);
        Assert.Equal("TB-1", step.Events[0].OrderId);
    }

    [Fact]
    public void Handle_ItemInOrder_IsCounted()
    {
        var h = new SessionHarness().Started();

        var step = h.Scan("6901230000017");

        Assert.Equal("item-accepted", step.Feedback.Code);
        Assert.Equal(1, h.Session.VerifiedUnits["RED-50"]);
        var e = Assert.Single(step.Events);
        Assert.Equal((PackEventKind.ItemAccepted, 1), (e.Kind, e.Units));
    }

    [Fact]
    public void Handle_ItemNotInOrder_IsWrongItemAndNotCounted()
    {
        var h = new SessionHarness().Started();

        var step = h.Scan("6901230000048");

        Assert.Equal(FeedbackKind.Error, step.Feedback.Kind);
        Assert.Equal("wrong-item", step.Feedback.Code);
        Assert.Equal(PackEventKind.WrongItem, Assert.Single(step.Events).Kind);
        Assert.Empty(h.Session.VerifiedUnits);
    }

    [Fact]
    public void Handle_UnknownBarcode_IsRefusedAndRecorded()
    {
        var h = new SessionHarness().Started();

        var step = h.Scan("1234567890");

        Assert.Equal("unknown-barcode", step.Feedback.Code);
        Assert.Equal(PackEventKind.UnknownBarcode, Assert.Single(step.Events).Kind);
        Assert.Equal("1234567890", step.Events[0].Code);
    }

    [Fact]
    public void Handle_MoreThanOrdered_IsSurplusAndNotCounted()
    {
        var h = new SessionHarness().Started();
        h.Scan("6901230000031");

        var step = h.Scan("6901230000031");

        Assert.Equal("surplus-item", step.Feedback.Code);
        Assert.Equal(PackEventKind.SurplusItem, Assert.Single(step.Events).Kind);
        Assert.Equal(1, h.Session.VerifiedUnits["NAVY-50"]);
    }

    [Fact]
    public void Handle_PackBarcodeWithMultiplier_CountsAllUnitsOrRefusesSurplus()
    {
        var bigOrder = SessionHarness.Order() with { Lines = [new Domain.Orders.OrderLine("RED-50", "正红 50g", 12, 52)] };
        var h = new SessionHarness().Started(bigOrder);

        var bag = h.Scan("6901230000024");
        var secondBag = h.Scan("6901230000024");

        Assert.Equal(10, h.Session.VerifiedUnits["RED-50"]);
        Assert.Equal(10, bag.Events[0].Units);
        Assert.Equal("surplus-item", secondBag.Feedback.Code);
    }

    [Fact]
    public void Handle_LastItem_MovesToWeighing()
    {
        var h = new SessionHarness().Verified();

        Assert.Equal(SessionState.Weighing, h.Session.State);
        Assert.True(h.Session.AllVerified);
    }

    [Fact]
    public void Handle_ItemWhileWeighing_IsRefused()
    {
        var h = new SessionHarness().Verified();

        var step = h.Scan("6901230000017");

        Assert.Equal("already-verified", step.Feedback.Code);
        Assert.Equal(SessionState.Weighing, h.Session.State);
    }

    [Fact]
    public void Handle_OtherPackerBadgeMidOrder_IsRefused()
    {
        var h = new SessionHarness().Started();

        var step = h.Scan(SessionHarness.Bob.Badge);

        Assert.Equal("finish-order-first", step.Feedback.Code);
        Assert.Equal("P001", h.Session.Packer?.Id);
    }

    [Fact]
    public void Handle_OtherPackerBadgeWhileIdle_SwitchesPacker()
    {
        var h = new SessionHarness();
        h.Scan(SessionHarness.Alice.Badge);

        var step = h.Scan(SessionHarness.Bob.Badge);

        Assert.Equal("P002", h.Session.Packer?.Id);
        Assert.Equal([PackEventKind.LoggedOut, PackEventKind.LoggedIn], step.Events.Select(e => e.Kind));
    }

    [Fact]
    public void Handle_GtinFromGs1_ResolvesTheEan13()
    {
        var h = new SessionHarness().Started();

        var step = h.Session.Handle(h.Classifier.Classify("0106901230000017", gtin: "06901230000017"));

        Assert.Equal("item-accepted", step.Feedback.Code);
    }

    [Fact]
    public void Events_CarryInjectedClockStationPackerAndOrder()
    {
        var h = new SessionHarness().Started();
        h.Clock.Advance(TimeSpan.FromSeconds(42));

        var e = h.Scan("6901230000017").Events[0];

        Assert.Equal(new DateTimeOffset(2026, 11, 28, 9, 0, 42, TimeSpan.FromHours(8)), e.At);
        Assert.Equal(("S01", "P001", "TB-1"), (e.StationId, e.PackerId, e.OrderId));
    }

    [Fact]
    public void Start_WithProgress_ResumesCountsAndSaysResumed()
    {
        var h = new SessionHarness();
        h.Scan(SessionHarness.Alice.Badge);
        var progress = new OrderProgress("TB-1", new Dictionary<string, int> { ["RED-50"] = 2 }, []);

        var step = h.Session.Start(SessionHarness.Order(), progress, "resume");
        h.Scan("6901230000031");

        Assert.Equal(PackEventKind.OrderResumed, step.Events[0].Kind);
        Assert.Equal(SessionState.Weighing, h.Session.State);
    }
}
