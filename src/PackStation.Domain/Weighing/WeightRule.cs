using PackStation.Domain.Orders;

namespace PackStation.Domain.Weighing;

/// <summary>
/// Expected weight = Σ(quantity × unit grams) + packaging; a measurement is accepted when
/// |measured − expected| ≤ max(absolute, percent × expected). A boundary value is accepted.
/// </summary>
public sealed class WeightRule(WeightTolerance tolerance, decimal packagingGrams)
{
    public WeightTolerance Tolerance { get; } = tolerance ?? throw new ArgumentNullException(nameof(tolerance));

    public decimal PackagingGrams { get; } = packagingGrams >= 0
        ? packagingGrams
        : throw new ArgumentOutOfRangeException(nameof(packagingGrams), packagingGrams, "Packaging weight cannot be negative.");

    /// <summary>The expected weight, or null when any line lacks a unit weight.</summary>
    public decimal? ExpectedGrams(IEnumerable<OrderLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        decimal total = PackagingGrams;
        foreach (var line in lines)
        {
            if (line.UnitGrams is not { } unit || unit < 0)
                return null;
            total += (decimal)unit * line.Quantity;
        }

        return total;
    }

    public WeightCheck Check(IEnumerable<OrderLine> lines, decimal measuredGrams)
    {
        var expected = ExpectedGrams(lines);
        if (measuredGrams <= 0)
            return new WeightCheck(WeightVerdict.NotAParcel, measuredGrams, expected, 0);
        if (expected is not { } expectedGrams)
            return new WeightCheck(WeightVerdict.NoExpectedWeight, measuredGrams, null, 0);

        var allowance = Tolerance.AllowanceFor(expectedGrams);
        var difference = measuredGrams - expectedGrams;
        var verdict = Math.Abs(difference) <= allowance ? WeightVerdict.WithinTolerance
            : difference < 0 ? WeightVerdict.TooLight
            : WeightVerdict.TooHeavy;
        return new WeightCheck(verdict, measuredGrams, expectedGrams, allowance);
    }
}
