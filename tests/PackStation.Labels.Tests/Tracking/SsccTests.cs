using PackStation.Labels.Tracking;

namespace PackStation.Labels.Tests.Tracking;

/// <summary>Expected values from the GS1 General Specifications' worked examples and docs/protocols.md "Barcode scanners" (GS1 check digit).</summary>
public sealed class SsccTests
{
    [Theory]
    [InlineData("400638133393", 1)]        // EAN-13 4006381333931
    [InlineData("10614141123456789", 7)]   // SSCC (00) 106141411234567897
    [InlineData("0000000000000", 0)]
    public void Compute_Digits_GivesTheGs1CheckDigit(string digits, int expected)
    {
        Assert.Equal(expected, Gs1CheckDigit.Compute(digits));
    }

    [Fact]
    public void Create_GsExample_Is106141411234567897()
    {
        Assert.Equal("106141411234567897", Sscc.Create(1, "0614141", 123456789));
    }

    [Fact]
    public void Create_TenDigitPrefix_PadsSerialToSixDigits()
    {
        var sscc = Sscc.Create(3, "6901234567", 42);
        Assert.Equal(18, sscc.Length);
        Assert.StartsWith("36901234567000042", sscc, StringComparison.Ordinal);
        Assert.True(Sscc.IsValid(sscc));
    }

    [Theory]
    [InlineData(10, "0614141", 1L)]
    [InlineData(0, "061414", 1L)]
    [InlineData(0, "06141410000", 1L)]
    [InlineData(0, "061414A", 1L)]
    [InlineData(0, "0614141", 1_000_000_000L)]
    public void Create_OutOfRange_IsRefused(int extension, string prefix, long serial)
    {
        Assert.ThrowsAny<ArgumentException>(() => Sscc.Create(extension, prefix, serial));
    }

    [Theory]
    [InlineData("106141411234567897", true)]
    [InlineData("106141411234567898", false)]
    [InlineData("10614141123456789", false)]
    public void IsValid_Sscc_ChecksLengthAndCheckDigit(string sscc, bool expected)
    {
        Assert.Equal(expected, Sscc.IsValid(sscc));
    }
}
