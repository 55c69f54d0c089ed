using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PackStation.Hardware.Scales;
using PackStation.Hardware.Scales.HidPos;

namespace PackStation.Hardware.Tests.Scales.HidPos;

/// <summary>Data reports (report 3) per the HID POS usage tables: id, status, unit, exponent, weight LSB, MSB.</summary>
public class HidPosReportParserTests
{
    private readonly HidPosReportParser _parser = new();

    [Theory]
    [InlineData(new byte[] { 0x03, 0x04, 0x0B, 0xFF, 0x34, 0x19 }, "18291.11232025", true, "oz")] // 645.2 oz = 40 lb 5.2 oz
    [InlineData(new byte[] { 0x03, 0x04, 0x02, 0x00, 0x14, 0x00 }, "20", true, "g")]
    [InlineData(new byte[] { 0x03, 0x03, 0x02, 0x00, 0xE8, 0x03 }, "1000", false, "g")]
    [InlineData(new byte[] { 0x03, 0x04, 0x03, 0xFD, 0xC4, 0x09 }, "2500", true, "kg")] // 2500 × 10^-3 kg
    [InlineData(new byte[] { 0x03, 0x04, 0x0C, 0xFE, 0xFA, 0x00 }, "1133.980925", true, "lb")] // 250 × 10^-2 lb
    [InlineData(new byte[] { 0x04, 0x04, 0x02, 0x01, 0x19, 0x00 }, "250", true, "g")] // report id 4, exponent +1
    public void Parse_DataReport_ExactGrams(byte[] report, string grams, bool stable, string unit)
    {
        var reading = _parser.Parse(report, FrameBytes.At);
        Assert.Equal(WeightStatus.Ok, reading.Status);
        Assert.Equal(decimal.Parse(grams, System.Globalization.CultureInfo.InvariantCulture), reading.Grams);
        Assert.Equal(stable, reading.Stable);
        Assert.Equal(unit, reading.Unit);
    }

    [Theory]
    [InlineData(new byte[] { 0x03, 0x02, 0x0B, 0xFF, 0x00, 0x00 }, WeightStatus.Zero)]
    [InlineData(new byte[] { 0x03, 0x05, 0x0B, 0xFF, 0x00, 0x00 }, WeightStatus.UnderZero)]
    [InlineData(new byte[] { 0x03, 0x06, 0x0B, 0xFF, 0x00, 0x00 }, WeightStatus.Overload)]
    [InlineData(new byte[] { 0x03, 0x01, 0x0B, 0xFF, 0x00, 0x00 }, WeightStatus.Error)]
    [InlineData(new byte[] { 0x03, 0x07, 0x0B, 0xFF, 0x00, 0x00 }, WeightStatus.Error)]
    [InlineData(new byte[] { 0x03, 0x08, 0x0B, 0xFF, 0x00, 0x00 }, WeightStatus.Error)]
    [InlineData(new byte[] { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 }, WeightStatus.Error)] // a read that returned nothing
    [InlineData(new byte[] { 0x03, 0x04, 0x0B, 0xFF, 0x34 }, WeightStatus.Error)]
    [InlineData(new byte[] { 0x02, 0x04, 0x0B, 0xFF, 0x34, 0x19 }, WeightStatus.Error)]
    [InlineData(new byte[] { 0x03, 0x04, 0x05, 0x00, 0x34, 0x19 }, WeightStatus.Error)] // tael: regional, refused
    [InlineData(new byte[] { 0x03, 0x04, 0x0D, 0x00, 0x34, 0x19 }, WeightStatus.Error)]
    [InlineData(new byte[] { 0x03, 0x09, 0x02, 0x00, 0x34, 0x19 }, WeightStatus.Error)]
    [InlineData(new byte[] { 0x03, 0x04, 0x02, 0x7F, 0x34, 0x19 }, WeightStatus.Error)]
    public void Parse_StatusOrMalformed_NoWeight(byte[] report, WeightStatus status)
    {
        var reading = _parser.Parse(report, FrameBytes.At);
        Assert.Equal(status, reading.Status);
        Assert.Equal(0, reading.Grams);
    }

    [Property(MaxTest = 1000)]
    public Property Parse_AnyReport_NeverThrowsAndWeightsOnlyFromStatus3Or4(byte[] report)
    {
        var reading = _parser.Parse(report, FrameBytes.At);
        var isWeight = reading.Status == WeightStatus.Ok || reading.Grams != 0;
        return (!isWeight || (report.Length >= 6 && report[0] is 3 or 4 && report[1] is 3 or 4)).ToProperty();
    }

    [Property(MaxTest = 300)]
    public Property Parse_GramsReport_EqualsRawTimesPowerOfTen(ushort raw, sbyte exponent)
    {
        var e = Math.Clamp((int)exponent, -4, 4);
        byte[] report = [0x03, 0x04, 0x02, (byte)(sbyte)e, (byte)(raw & 0xFF), (byte)(raw >> 8)];
        var expected = raw * (decimal)Math.Pow(10, e);
        var reading = _parser.Parse(report, FrameBytes.At);
        return (reading.Grams == expected).Label($"{raw}e{e}: {reading.Grams} != {expected}");
    }
}
