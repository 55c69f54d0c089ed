using PackStation.Hardware.Scales;

namespace PackStation.Hardware.Tests.Scales;

public class WeightUnitsTests
{
    [Theory]
    [InlineData("1", "lb", "453.59237")]
    [InlineData("1", "oz", "28.349523125")]
    [InlineData("16", "oz", "453.59237")]
    [InlineData("2.5", "kg", "2500")]
    [InlineData("13.5", "KG ", "13500")]
    [InlineData("250", "g", "250")]
    [InlineData("0.001", "t", "1000")]
    [InlineData("40.325", "lb", "18291.11232025")]
    public void TryToGrams_KnownUnit_ExactGrams(string value, string unit, string expected)
    {
        Assert.True(WeightUnits.TryToGrams(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit, out var grams));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), grams);
    }

    [Theory]
    [InlineData("ct")]
    [InlineData("")]
    [InlineData("lbs.")]
    public void TryToGrams_UnknownUnit_False(string unit) => Assert.False(WeightUnits.TryToGrams(1, unit, out _));

    [Theory]
    [InlineData("12lb 3.5oz", "5542.3317709375")]
    [InlineData(" 0 lb  4.2 oz", "119.067997125")]
    [InlineData("1lb 0.0oz", "453.59237")]
    public void TryParseLbOz_Display_ExactGrams(string text, string expected)
    {
        Assert.True(WeightUnits.TryParseLbOz(text, out var grams));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), grams);
    }

    [Theory]
    [InlineData("12lb -3oz")]
    [InlineData("lb 3oz")]
    [InlineData("12lb 3")]
    public void TryParseLbOz_Malformed_False(string text) => Assert.False(WeightUnits.TryParseLbOz(text, out _));

    [Theory]
    [InlineData("  -12.50", "-12.50")]
    [InlineData("+0001.25", "1.25")]
    [InlineData("0013.5", "13.5")]
    public void TryParseNumber_Field_Value(string text, string expected)
    {
        Assert.True(WeightUnits.TryParseNumber(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1e3")]
    [InlineData("1,5")]
    [InlineData("1.2.3")]
    [InlineData("--1")]
    [InlineData(".")]
    [InlineData("")]
    [InlineData("12 3")]
    public void TryParseNumber_NotANumber_False(string text) => Assert.False(WeightUnits.TryParseNumber(text, out _));
}
