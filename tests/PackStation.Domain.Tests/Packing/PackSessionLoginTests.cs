using PackStation.Domain.Events;
using PackStation.Domain.Packing;
using PackStation.Domain.Scanning;

namespace PackStation.Domain.Tests.Packing;

/// <summary>Badges that no longer log in, and logins ended because the packer was disabled or re-badged.</summary>
public sealed class PackSessionLoginTests
{
    [Fact]
    public void Handle_RevokedBadgeWhileLoggedOut_IsRefusedAndRecorded()
    {
        var h = new SessionHarness();

        var step = h.Scan(SessionHarness.RevokedBadge);

        Assert.Equal("badge-revoked", step.Feedback.Code);
        Assert.Equal(SessionState.LoggedOut, h.Session.State);
        Assert.Equal(PackEventKind.ScanRefused, Assert.Single(step.Events).Kind);
    }

    [Fact]
    public void Handle_RevokedSupervisorBadgeForAnOverride_IsRefusedAndTheOverrideStillWaits()
    {
        var h = new SessionHarness().Started();
        h.Command(PackCommand.Override);

        var step = h.Scan(SessionHarness.RevokedBadge);

        Assert.Equal("badge-revoked", step.Feedback.Code);
        Assert.Equal(OverrideStage.AwaitingSupervisor, h.Session.OverrideStage);
    }

    [Fact]
    public void EndLogin_Idle_LogsOutWithTheReasonAndRefusesTheScan()
    {
        var h = new SessionHarness();
        h.Scan(SessionHarness.Alice.Badge);

        var step = h.Session.EndLogin("badge re-issued", "CMD-NEXT");

        Assert.NotNull(step);
        Assert.Equal("login-ended", step.Feedback.Code);
        Assert.Contains("badge re-issued", step.Feedback.Message, StringComparison.Ordinal);
        Assert.Equal([PackEventKind.LoggedOut, PackEventKind.ScanRefused], step.Events.Select(e => e.Kind));
        Assert.Equal("P001", step.Events[0].PackerId);
        Assert.Null(h.Session.Packer);
        Assert.Equal(SessionState.LoggedOut, h.Session.State);
    }

    [Fact]
    public void EndLogin_WithAnOrderInHand_WaitsUntilTheOrderIsDone()
    {
        var h = new SessionHarness().Started();

        var during = h.Session.EndLogin("disabled", null);
        var stillLoggedIn = h.Session.Packer;
        h.Command(PackCommand.Cancel);
        var after = h.Session.EndLogin("disabled", null);

        Assert.Null(during);
        Assert.Equal(SessionHarness.Alice, stillLoggedIn);
        Assert.NotNull(after);
        Assert.Equal(SessionState.LoggedOut, h.Session.State);
    }

    [Fact]
    public void EndLogin_NobodyLoggedIn_IsNull() => Assert.Null(new SessionHarness().Session.EndLogin("disabled", null));
}
