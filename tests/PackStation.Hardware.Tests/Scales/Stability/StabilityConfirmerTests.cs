using Microsoft.Extensions.Time.Testing;
using PackStation.Hardware.Scales;
using PackStation.Hardware.Scales.Stability;

namespace PackStation.Hardware.Tests.Scales.Stability;

public class StabilityConfirmerTests
{
    private readonly FakeTimeProvider _clock = new(FrameBytes.At);
    private readonly StabilityConfirmer _confirmer = new(TimeSpan.FromMilliseconds(300), toleranceGrams: 5, minReadings: 3);

    private WeightReading Next(decimal grams, bool stable, WeightStatus status = WeightStatus.Ok, int afterMs = 100)
    {
        _clock.Advance(TimeSpan.FromMilliseconds(afterMs));
        return _confirmer.Confirm(new WeightReading(grams, stable, status, _clock.GetUtcNow()));
    }

    [Fact]
    public void Confirm_DeviceStableHeldForWindow_StableAfterWindow()
    {
        Assert.False(Next(1000, true).Stable);   // t = 0 of the run
        Assert.False(Next(1002, true).Stable);   // 100 ms
        Assert.False(Next(1001, true).Stable);   // 200 ms, 3 readings but window not reached
        Assert.True(Next(1000, true).Stable);    // 300 ms
        Assert.True(Next(1003, true).Stable);
    }

    [Fact]
    public void Confirm_DeviceSaysMoving_NeverStable()
    {
        for (var i = 0; i < 10; i++)
            Assert.False(Next(1000, false).Stable);
    }

    [Fact]
    public void Confirm_ValueDriftsBeyondTolerance_RunRestarts()
    {
        Next(1000, true);
        Next(1000, true);
        Next(1000, true);
        Assert.True(Next(1000, true).Stable);
        Assert.False(Next(1010, true).Stable);   // a new load: the window starts again
        Next(1010, true);
        Next(1010, true);
        Assert.True(Next(1010, true).Stable);
    }

    [Fact]
    public void Confirm_MotionInsideRun_RunRestarts()
    {
        Next(1000, true);
        Next(1000, true);
        Next(1000, false);
        Assert.False(Next(1000, true).Stable);
        Assert.False(Next(1000, true).Stable);
    }

    [Fact]
    public void Confirm_ErrorReading_PassedOnUnstable()
    {
        var error = _confirmer.Confirm(WeightReading.Failed("bad frame", "x", _clock.GetUtcNow()));
        Assert.Equal(WeightStatus.Error, error.Status);
        Assert.False(error.Stable);
    }

    [Fact]
    public void Confirm_SlowReadings_NeedMinimumCountToo()
    {
        Assert.False(Next(500, true, afterMs: 1000).Stable);
        Assert.False(Next(500, true, afterMs: 1000).Stable);  // window passed, only 2 readings
        Assert.True(Next(500, true, afterMs: 1000).Stable);
    }
}
