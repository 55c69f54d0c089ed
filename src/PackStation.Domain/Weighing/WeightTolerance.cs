namespace PackStation.Domain.Weighing;

/// <summary>
/// How far a parcel's weight may be from the expected weight: the larger of an absolute allowance and a
/// percentage of the expected weight.
/// </summary>
public sealed record WeightTolerance(decimal AbsoluteGrams, decimal Percent)
{
    public static WeightTolerance Default { get; } = new(AbsoluteGrams: 15m, Percent: 5m);

    public decimal AllowanceFor(decimal expectedGrams) =>
        Math.Max(AbsoluteGrams, Math.Abs(expectedGrams) * Percent / 100m);
}
