using PackStation.Hardware.Scanners.Gs1;

namespace PackStation.Hardware.Tests.Scanners.Gs1;

public sealed class Gs1ElementParserTests
{
    private const string GS = "\u001D";
    private const int Year = 2026;

    [Fact]
    public void Parse_GtinExpiryLot_GivesEachAi()
    {
        var result = Gs1ElementParser.Parse("0109506000134352" + "17201225" + "10ABC123", Year);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal(["01", "17", "10"], result.Elements!.Keys);
        Assert.Equal("09506000134352", result.Elements["01"]);
        Assert.Equal("201225", result.Elements["17"]);
        Assert.Equal("ABC123", result.Elements["10"]);
    }

    [Fact]
    public void Parse_VariableLengthThenMore_UsesGsAsSeparator()
    {
        var result = Gs1ElementParser.Parse("10LOT7" + GS + "21SER9" + GS + "0109506000134352", Year);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal("LOT7", result.Elements!["10"]);
        Assert.Equal("SER9", result.Elements["21"]);
        Assert.Equal("09506000134352", result.Elements["01"]);
    }

    [Fact]
    public void Parse_LeadingFnc1AndRedundantGsAfterFixedLength_Tolerated()
    {
        var result = Gs1ElementParser.Parse(GS + "0109506000134352" + GS + "3103000150", Year);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal("000150", result.Elements!["3103"]);
    }

    [Fact]
    public void Parse_Sscc_Accepted() =>
        Assert.Equal("106141411234567897", Gs1ElementParser.Parse("00106141411234567897", Year).Elements!["00"]);

    [Theory]
    [InlineData("0109506000134353", "expected 2")]
    [InlineData("00106141411234567890", "expected 7")]
    [InlineData("17201331", "not a valid YYMMDD date")]
    [InlineData("17250229", "not a valid YYMMDD date")]
    [InlineData("010950600013435", "needs 14 characters, got 13")]
    [InlineData("2312345", "unknown GS1 application identifier")]
    [InlineData("10ABCDEFGHIJKLMNOPQRSTU", "(is a GS separator missing?)")]
    [InlineData("01095060001343AB", "a non-digit")]
    [InlineData("10AB CD", "outside GS1 set 82")]
    [InlineData("", "empty")]
    [InlineData("10A\u001D10B", "appears twice")]
    [InlineData("7006260100", "not a valid YYMMDD date")]
    public void Parse_Invalid_SaysWhy(string data, string because)
    {
        var result = Gs1ElementParser.Parse(data, Year);

        Assert.False(result.IsValid);
        Assert.Null(result.Elements);
        Assert.Contains(because, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("17240229", true)]   // 2024 is a leap year
    [InlineData("17240200", true)]   // DD 00: end of month, allowed for expiry
    [InlineData("7006240200", false)] // first freeze date must name a real day
    [InlineData("7006240229", true)]
    public void Parse_Dates_FollowTheCalendar(string data, bool valid) =>
        Assert.Equal(valid, Gs1ElementParser.Parse(data, Year).IsValid);

    [Theory]
    [InlineData(99, 2026, 1999)]
    [InlineData(76, 2026, 2076)]
    [InlineData(77, 2026, 1977)]
    [InlineData(20, 2070, 2120)]
    [InlineData(21, 2070, 2021)]
    public void ResolveYear_Gs1CenturyRule(int yy, int reference, int expected) =>
        Assert.Equal(expected, Gs1ElementParser.ResolveYear(yy, reference));

    [Fact]
    public void ParseBracketed_HumanReadableForm_GivesEachAi()
    {
        var result = Gs1ElementParser.ParseBracketed("(01)09506000134352(17)201225(10)ABC(1)23", Year);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal("09506000134352", result.Elements!["01"]);
        Assert.Equal("ABC(1)23", result.Elements["10"]);
    }

    [Fact]
    public void ParseBracketed_BadCheckDigit_SaysWhy() =>
        Assert.Contains("expected 2", Gs1ElementParser.ParseBracketed("(01)09506000134359", Year).Error, StringComparison.Ordinal);

    [Fact]
    public void Format_VariableElementNotLast_EndsWithGs() =>
        Assert.Equal("10AB" + GS + "0109506000134352" + "21X",
            Gs1ElementParser.Format([new("10", "AB"), new("01", "09506000134352"), new("21", "X")]));
}
