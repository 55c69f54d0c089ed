using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PackStation.Hardware.Scanners.Gs1;

namespace PackStation.Hardware.Tests.Scanners.Gs1;

public sealed class Gs1CheckDigitTests
{
    [Theory]
    [InlineData("4006381333931")]      // EAN-13, worked example in docs/protocols.md
    [InlineData("09506000134352")]     // GTIN-14, GS1 General Specifications example
    [InlineData("106141411234567897")] // SSCC-18, GS1 General Specifications example
    [InlineData("96385074")]           // EAN-8
    [InlineData("036000291452")]       // UPC-A
    public void IsValid_PublishedExamples_True(string code) => Assert.True(Gs1CheckDigit.IsValid(code));

    [Theory]
    [InlineData("4006381333932")]
    [InlineData("09506000134353")]
    [InlineData("1")]
    [InlineData("40063813339X1")]
    public void IsValid_WrongOrMalformed_False(string code) => Assert.False(Gs1CheckDigit.IsValid(code));

    [Fact]
    public void Compute_WorkedExample_Is1() => Assert.Equal(1, Gs1CheckDigit.Compute("400638133393"));

    [Fact]
    public void TryValidateGtin_WrongCheckDigit_SaysWhichDigitWasExpected()
    {
        Assert.False(Gs1CheckDigit.TryValidateGtin("4006381333935", out var error));
        Assert.Contains("expected 1", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ToGtin14_Ean13_PadsWithZero() => Assert.Equal("04006381333931", Gs1CheckDigit.ToGtin14("4006381333931"));

    [Property(Arbitrary = [typeof(DigitStrings)])]
    public bool Compute_AppendedDigit_MakesCodeValid(DigitString digits) =>
        Gs1CheckDigit.IsValid(digits.Value + Gs1CheckDigit.Compute(digits.Value));

    [Property(Arbitrary = [typeof(DigitStrings)])]
    public bool IsValid_AnySingleDigitChanged_False(DigitString digits, PositiveInt position, PositiveInt delta)
    {
        var code = (digits.Value + Gs1CheckDigit.Compute(digits.Value)).ToCharArray();
        var at = position.Get % code.Length;
        code[at] = (char)('0' + ((code[at] - '0' + 1 + (delta.Get % 9)) % 10));
        return !Gs1CheckDigit.IsValid(code);
    }

    [Property]
    public void Compute_AnyText_NeverThrows(string? text) => _ = Gs1CheckDigit.Compute(text ?? "");

    public sealed record DigitString(string Value);

    public static class DigitStrings
    {
        public static Arbitrary<DigitString> Digits() =>
            Gen.Choose(1, 17)
                .SelectMany(n => Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), n))
                .Select(chars => new DigitString(new string(chars)))
                .ToArbitrary();
    }
}
