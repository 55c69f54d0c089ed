using PackStation.Domain.Claims;
using PackStation.Domain.Orders;
using PackStation.Domain.Packing;
using PackStation.Domain.Ports;
using PackStation.TestKit;

namespace PackStation.Domain.Tests.Claims;

public sealed class ClaimRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    private static ClaimedOrder Seen(OrderStatus status, string? by = null, DateTimeOffset? expires = null, string? reason = null) =>
        new(TestOrders.Make("1") with { Status = status, HoldReason = reason }, by, expires, OrderProgress.Empty("TB-1"));

    [Fact]
    public void Decide_ReadyOrder_IsTakenFresh()
    {
        Assert.Equal(ClaimDecision.Take(keepProgress: false), ClaimRule.Decide(Seen(OrderStatus.Ready), "S01", Now));
    }

    [Fact]
    public void Decide_OwnOrderInProgress_IsTakenBackWithItsProgress()
    {
        var decision = ClaimRule.Decide(Seen(OrderStatus.InProgress, "S01", Now.AddMinutes(-10)), "S01", Now);

        Assert.Equal(ClaimDecision.Take(keepProgress: true), decision);
    }

    [Fact]
    public void Decide_OtherStationsLiveClaim_IsRefusedNamingTheStation()
    {
        var decision = ClaimRule.Decide(Seen(OrderStatus.InProgress, "S07", Now.AddSeconds(1)), "S01", Now);

        Assert.Equal(ClaimRefusal.ClaimedElsewhere, decision.Refusal);
        Assert.False(decision.Takes);
        Assert.Contains("S07", decision.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    public void Decide_OtherStationsExpiredClaim_IsTakenFresh(int seconds)
    {
        var decision = ClaimRule.Decide(Seen(OrderStatus.InProgress, "S07", Now.AddSeconds(seconds)), "S01", Now);

        Assert.Equal(ClaimDecision.Take(keepProgress: false), decision);
    }

    [Theory]
    [InlineData(OrderStatus.Hold, ClaimRefusal.OnHold, "damaged stock")]
    [InlineData(OrderStatus.Packed, ClaimRefusal.AlreadyPacked, "already packed")]
    [InlineData(OrderStatus.Cancelled, ClaimRefusal.Cancelled, "cancelled by the shop")]
    public void Decide_OrderNotOpen_IsRefusedWithTheReason(OrderStatus status, ClaimRefusal refusal, string says)
    {
        var decision = ClaimRule.Decide(Seen(status, reason: "damaged stock"), "S01", Now);

        Assert.Equal(refusal, decision.Refusal);
        Assert.Contains(says, decision.Detail, StringComparison.Ordinal);
    }
}
