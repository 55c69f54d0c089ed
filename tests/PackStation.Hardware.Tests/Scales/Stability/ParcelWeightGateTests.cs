using PackStation.Hardware.Scales;
using PackStation.Hardware.Scales.Stability;

namespace PackStation.Hardware.Tests.Scales.Stability;

public class ParcelWeightGateTests
{
    private readonly ParcelWeightGate _gate = new(zeroBandGrams: 2);

    private static WeightReading Stable(decimal grams) =>
        new(grams, true, grams < 0 ? WeightStatus.UnderZero : grams == 0 ? WeightStatus.Zero : WeightStatus.Ok, FrameBytes.At);

    [Fact]
    public void Offer_StableLoad_Accepted()
    {
        Assert.Equal(ParcelWeightVerdict.Accepted, _gate.Offer(Stable(1250)));
        Assert.Equal(1250, _gate.LastAcceptedGrams);
        Assert.True(_gate.AwaitingReturnToZero);
    }

    [Fact]
    public void Offer_SameLoadTwice_SecondRefusedUntilZero()
    {
        Assert.Equal(ParcelWeightVerdict.Accepted, _gate.Offer(Stable(1250)));
        Assert.Equal(ParcelWeightVerdict.SameLoad, _gate.Offer(Stable(1250)));
        Assert.Equal(ParcelWeightVerdict.SameLoad, _gate.Offer(Stable(2400))); // a second box put on top
        Assert.Equal(ParcelWeightVerdict.Empty, _gate.Offer(Stable(0)));
        Assert.Equal(ParcelWeightVerdict.Accepted, _gate.Offer(Stable(1250)));
    }

    [Fact]
    public void Offer_UnstableZero_DoesNotRearm()
    {
        _gate.Offer(Stable(1250));
        Assert.Equal(ParcelWeightVerdict.Unstable, _gate.Offer(new WeightReading(0, false, WeightStatus.Zero, FrameBytes.At)));
        Assert.Equal(ParcelWeightVerdict.SameLoad, _gate.Offer(Stable(1250)));
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-3")]
    public void Offer_StableWithinZeroBandOrUnder_Rearms(string grams)
    {
        _gate.Offer(Stable(1250));
        Assert.Equal(ParcelWeightVerdict.Empty, _gate.Offer(Stable(decimal.Parse(grams, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(ParcelWeightVerdict.Accepted, _gate.Offer(Stable(1250)));
    }

    [Fact]
    public void Offer_Moving_Unstable() =>
        Assert.Equal(ParcelWeightVerdict.Unstable, _gate.Offer(new WeightReading(1250, false, WeightStatus.Ok, FrameBytes.At)));

    [Fact]
    public void Offer_ErrorOrOverload_Error()
    {
        Assert.Equal(ParcelWeightVerdict.Error, _gate.Offer(WeightReading.Failed("bad", null, FrameBytes.At)));
        Assert.Equal(ParcelWeightVerdict.Error, _gate.Offer(new WeightReading(0, true, WeightStatus.Overload, FrameBytes.At)));
        Assert.False(_gate.AwaitingReturnToZero);
    }

    [Fact]
    public void Release_AfterAccept_SameLoadAcceptedAgain()
    {
        _gate.Offer(Stable(1250));
        _gate.Release();
        Assert.Equal(ParcelWeightVerdict.Accepted, _gate.Offer(Stable(1250)));
    }
}
