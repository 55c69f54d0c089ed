namespace PackStation.Domain.Weighing;

public enum WeightVerdict
{
    WithinTolerance,
    TooLight,
    TooHeavy,

    /// <summary>A reading that can never be a parcel: zero or negative.</summary>
    NotAParcel,

    /// <summary>Some line has no unit weight, so there is nothing to compare with.</summary>
    NoExpectedWeight,
}

/// <summary>The result of comparing a measured weight with the expected one.</summary>
public sealed record WeightCheck(WeightVerdict Verdict, decimal MeasuredGrams, decimal? ExpectedGrams, decimal AllowanceGrams)
{
    public bool Accepted => Verdict == WeightVerdict.WithinTolerance;

    public decimal? DifferenceGrams => ExpectedGrams is { } expected ? MeasuredGrams - expected : null;
}
