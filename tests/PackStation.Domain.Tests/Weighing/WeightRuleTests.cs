using PackStation.Domain.Orders;
using PackStation.Domain.Weighing;

namespace PackStation.Domain.Tests.Weighing;

public sealed class WeightRuleTests
{
    // 3 × 52 g + 20 g packaging = 176 g; 5 % of 176 = 8.8 g, so the 10 g absolute allowance applies.
    private static readonly OrderLine[] Lines = [new("RED-50", "正红", 3, 52)];
    private static readonly WeightRule Rule = new(new WeightTolerance(10, 5), 20);

    [Theory]
    [InlineData(176, WeightVerdict.WithinTolerance)]
    [InlineData(186, WeightVerdict.WithinTolerance)]   // exactly at +tolerance
    [InlineData(166, WeightVerdict.WithinTolerance)]   // exactly at -tolerance
    [InlineData(186.1, WeightVerdict.TooHeavy)]
    [InlineData(165.9, WeightVerdict.TooLight)]
    [InlineData(0, WeightVerdict.NotAParcel)]
    [InlineData(-3, WeightVerdict.NotAParcel)]
    public void Check_AgainstExpected(double measured, WeightVerdict expected)
    {
        Assert.Equal(expected, Rule.Check(Lines, (decimal)measured).Verdict);
    }

    [Fact]
    public void AllowanceFor_HeavyParcel_UsesPercent()
    {
        // 5 % of 2,000 g = 100 g > 10 g.
        Assert.Equal(100m, new WeightTolerance(10, 5).AllowanceFor(2000m));
    }

    [Fact]
    public void ExpectedGrams_LineWithoutUnitWeight_IsNull()
    {
        OrderLine[] lines = [new("RED-50", "正红", 1, 52), new("GIFT", "礼品", 1, null)];

        Assert.Null(Rule.ExpectedGrams(lines));
        Assert.Equal(WeightVerdict.NoExpectedWeight, Rule.Check(lines, 100).Verdict);
    }

    [Fact]
    public void ExpectedGrams_SumsQuantitiesAndPackaging()
    {
        OrderLine[] lines = [new("A", "a", 2, 52), new("B", "b", 3, 27)];

        Assert.Equal(2 * 52 + 3 * 27 + 20m, Rule.ExpectedGrams(lines));
    }

    [Fact]
    public void Constructor_NegativePackaging_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WeightRule(WeightTolerance.Default, -1));
    }

    [Fact]
    public void Check_ZeroTolerance_AcceptsOnlyExactWeight()
    {
        var exact = new WeightRule(new WeightTolerance(0, 0), 0);

        Assert.True(exact.Check(Lines, 156).Accepted);
        Assert.False(exact.Check(Lines, 156.01m).Accepted);
    }
}
