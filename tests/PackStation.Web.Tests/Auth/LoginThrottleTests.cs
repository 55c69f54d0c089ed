using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PackStation.Web.Auth;

namespace PackStation.Web.Tests.Auth;

/// <summary>The throttle's arithmetic on a fake clock (defaults: 5 failures per name, 20 per address, 30 s doubling to 15 min).</summary>
public sealed class LoginThrottleTests
{
    private static readonly IPAddress Address = IPAddress.Parse("10.0.0.5");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
    private readonly LoginThrottle _throttle;

    public LoginThrottleTests() =>
        _throttle = new LoginThrottle(Options.Create(new LoginThrottleOptions()), _clock, NullLogger<LoginThrottle>.Instance);

    [Fact]
    public void RetryAfter_FourFailures_IsNull()
    {
        Fail("alice", 4);

        Assert.Null(_throttle.RetryAfter("alice", Address));
    }

    [Fact]
    public void RetryAfter_FifthFailure_Locks30SecondsThenOpens()
    {
        Fail("alice", 5);

        Assert.Equal(TimeSpan.FromSeconds(30), _throttle.RetryAfter("alice", Address));
        Assert.Equal(TimeSpan.FromSeconds(30), _throttle.RetryAfter(" ALICE ", IPAddress.Parse("10.0.0.6")));
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Null(_throttle.RetryAfter("alice", Address));
    }

    [Fact]
    public void RetryAfter_FailuresAfterALockout_DoubleUpTo15Minutes()
    {
        Fail("alice", 5);
        var lockouts = new List<TimeSpan>();
        for (var i = 0; i < 8; i++)
        {
            _clock.Advance(_throttle.RetryAfter("alice", Address)!.Value);
            Fail("alice", 1);
            lockouts.Add(_throttle.RetryAfter("alice", Address)!.Value);
        }

        Assert.Equal(new[] { 60, 120, 240, 480, 900, 900, 900, 900 }, lockouts.Select(l => (int)l.TotalSeconds));
    }

    [Fact]
    public void RetryAfter_OneAccountLocked_OtherAccountFromElsewhereIsNot()
    {
        Fail("alice", 5);

        Assert.Null(_throttle.RetryAfter("bob", IPAddress.Parse("10.0.0.9")));
    }

    [Fact]
    public void RetryAfter_TwentyFailuresOfManyNamesFromOneAddress_LocksTheAddressOnly()
    {
        for (var i = 0; i < 20; i++)
            _throttle.Failed($"guess{i}", Address, knownAccount: false);

        Assert.Equal(TimeSpan.FromSeconds(30), _throttle.RetryAfter("carol", Address));
        Assert.Null(_throttle.RetryAfter("carol", IPAddress.Parse("10.0.0.9")));
    }

    [Fact]
    public void Succeeded_AfterFourFailures_StartsTheCountAgain()
    {
        Fail("alice", 4);
        _throttle.Succeeded("alice");
        Fail("alice", 4);

        Assert.Null(_throttle.RetryAfter("alice", IPAddress.Parse("10.0.0.9")));
    }

    [Fact]
    public void Failed_QuietLongerThanTheWindow_ForgetsOldFailures()
    {
        Fail("alice", 4);
        _clock.Advance(TimeSpan.FromMinutes(16));
        Fail("alice", 4);

        Assert.Null(_throttle.RetryAfter("alice", IPAddress.Parse("10.0.0.9")));
    }

    private void Fail(string userName, int times)
    {
        for (var i = 0; i < times; i++)
            _throttle.Failed(userName, Address, knownAccount: true);
    }
}
