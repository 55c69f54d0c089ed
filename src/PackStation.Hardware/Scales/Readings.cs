using PackStation.Hardware.Scales.Framing;

namespace PackStation.Hardware.Scales;

/// <summary>Builds readings the same way for every protocol: exact grams, zero detection, errors without weights.</summary>
public static class Readings
{
    /// <summary>A weight in <paramref name="unit"/>; an unknown unit or an overflow is an error reading.</summary>
    public static WeightReading Weight(decimal value, string unit, bool stable, ReadOnlySpan<byte> raw, DateTimeOffset at, bool atZero = false)
    {
        if (!WeightUnits.TryToGrams(value, unit, out var grams))
            return Error($"unknown unit \"{unit}\"", raw, at);
        return Grams(grams, WeightUnits.Normalize(unit)!, stable, raw, at, atZero);
    }

    public static WeightReading Grams(decimal grams, string unit, bool stable, ReadOnlySpan<byte> raw, DateTimeOffset at, bool atZero = false)
    {
        var status = grams < 0 ? WeightStatus.UnderZero
            : grams == 0 || atZero ? WeightStatus.Zero
            : WeightStatus.Ok;
        return new WeightReading(grams, stable, status, at, unit, FrameText.Describe(raw));
    }

    public static WeightReading Error(string error, ReadOnlySpan<byte> raw, DateTimeOffset at) =>
        WeightReading.Failed(error, FrameText.Describe(raw), at);

    public static WeightReading Overload(bool stable, ReadOnlySpan<byte> raw, DateTimeOffset at) =>
        new(0, stable, WeightStatus.Overload, at, "g", FrameText.Describe(raw), "over capacity");

    public static WeightReading UnderZero(bool stable, ReadOnlySpan<byte> raw, DateTimeOffset at) =>
        new(0, stable, WeightStatus.UnderZero, at, "g", FrameText.Describe(raw), "under zero");

    public static ScaleFrameResult Result(this WeightReading reading) => ScaleFrameResult.Of(reading);
}
