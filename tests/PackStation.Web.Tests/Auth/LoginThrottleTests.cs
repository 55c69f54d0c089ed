using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PackStation.Web.Auth;

namespace PackStation.Web.Tests.Auth;

/// <summary>
/// The throttle's arithmetic on a fake clock (defaults: 5 failures per name at one address, 20 per address, 30 s
/// doubling to 15 min).
/// </summary>
public sealed class LoginThrottleTests
{
    private static readonly IPAddress Address = IPAddress.Parse("10.0.0.5");
    private static readonly IPAddress Elsewhere = IPAddress.Parse("10.0.0.9");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
    private readonly LoginThrottle _throttle;

    public LoginThrottleTests() =>
        _throttle = new LoginThrottle(Options.Create(new LoginThrottleOptions()), _clock, NullLogger<LoginThrottle>.Instance);

    [Fact]
    public void TryBegin_FourFailures_MayTry()
    {
        Fail("alice", 4);

        Assert.Null(RetryAfter("alice", Address));
    }

    [Fact]
    public void TryBegin_FifthFailure_LocksTheNameAtThatAddress30SecondsThenOpens()
    {
        Fail("alice", 5);

        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfter("alice", Address));
        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfter(" ALICE ", Address));
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Null(RetryAfter("alice", Address));
    }

    [Fact]
    public void TryBegin_NameLockedAtOneAddress_SameNameFromAnotherAddressMayTry()
    {
        Fail("alice", 9);

        Assert.NotNull(RetryAfter("alice", Address));
        Assert.Null(RetryAfter("alice", Elsewhere));
    }

    [Fact]
    public void TryBegin_FailuresAfterALockout_DoubleUpTo15Minutes()
    {
        Fail("alice", 5);
        var lockouts = new List<TimeSpan>();
        for (var i = 0; i < 8; i++)
        {
            _clock.Advance(RetryAfter("alice", Address)!.Value);
            Fail("alice", 1);
            lockouts.Add(RetryAfter("alice", Address)!.Value);
        }

        Assert.Equal(new[] { 60, 120, 240, 480, 900, 900, 900, 900 }, lockouts.Select(l => (int)l.TotalSeconds));
    }

    [Fact]
    public void TryBegin_TwentyFailuresOfManyNamesFromOneAddress_LocksTheAddressOnly()
    {
        for (var i = 0; i < 20; i++)
            Fail($"guess{i}", 1);

        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfter("carol", Address));
        Assert.Null(RetryAfter("carol", Elsewhere));
    }

    [Fact]
    public void TryBegin_FiveChecksInFlight_SixthWaitsBeforeAnyHasFailed()
    {
        var inFlight = Enumerable.Range(0, 5).Select(i => _throttle.TryBegin("alice", Address, out _)).ToList();

        var sixth = _throttle.TryBegin("alice", Address, out var wait);

        Assert.All(inFlight, Assert.NotNull);
        Assert.Null(sixth);
        Assert.True(wait > TimeSpan.Zero);
        inFlight[0]!.Dispose();
        using var afterOneEnded = _throttle.TryBegin("alice", Address, out _);
        Assert.NotNull(afterOneEnded);
    }

    [Fact]
    public void Succeeded_AfterFourFailures_StartsTheCountAgain()
    {
        Fail("alice", 4);
        _throttle.TryBegin("alice", Address, out _)!.Succeeded();
        Fail("alice", 4);

        Assert.Null(RetryAfter("alice", Address));
    }

    [Fact]
    public void Failed_QuietLongerThanTheWindow_ForgetsOldFailures()
    {
        Fail("alice", 4);
        _clock.Advance(TimeSpan.FromMinutes(16));
        Fail("alice", 4);

        Assert.Null(RetryAfter("alice", Address));
    }

    private TimeSpan? RetryAfter(string userName, IPAddress address)
    {
        using var attempt = _throttle.TryBegin(userName, address, out var wait);
        return attempt is null ? wait : null;
    }

    private void Fail(string userName, int times)
    {
        for (var i = 0; i < times; i++)
            _throttle.TryBegin(userName, Address, out _)?.Failed(knownAccount: true);
    }
}
