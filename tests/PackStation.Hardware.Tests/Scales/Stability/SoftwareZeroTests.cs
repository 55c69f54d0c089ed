using PackStation.Hardware.Scales;
using PackStation.Hardware.Scales.Stability;

namespace PackStation.Hardware.Tests.Scales.Stability;

public class SoftwareZeroTests
{
    private static WeightReading Reading(decimal grams, bool stable) =>
        new(grams, stable, grams == 0 ? WeightStatus.Zero : WeightStatus.Ok, FrameBytes.At);

    [Fact]
    public async Task RequestAsync_NextStableReading_BecomesZero()
    {
        var zero = new SoftwareZero();
        var request = zero.RequestAsync(CancellationToken.None);
        Assert.Equal(120, zero.Apply(Reading(120, stable: false)).Grams); // never captured while moving
        Assert.False(request.IsCompleted);
        var captured = zero.Apply(Reading(120, stable: true));
        await request;
        Assert.Equal(WeightStatus.Zero, captured.Status);
        Assert.Equal(0, captured.Grams);
        var net = zero.Apply(Reading(1120, stable: true));
        Assert.Equal(1000, net.Grams);
        Assert.Equal(WeightStatus.Ok, net.Status);
        Assert.Equal(WeightStatus.UnderZero, zero.Apply(Reading(0, stable: true)).Status);
    }

    [Fact]
    public void Apply_Error_Untouched()
    {
        var zero = new SoftwareZero();
        var error = WeightReading.Failed("bad", null, FrameBytes.At);
        Assert.Same(error, zero.Apply(error));
    }
}
