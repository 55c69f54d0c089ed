using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PackStation.Hardware.Scales;
using PackStation.Hardware.Scales.Sma;

namespace PackStation.Hardware.Tests.Scales.Sma;

/// <summary>Frames from SMA SCP-0499: &lt;LF&gt; s r n m f xxxxxx.xxx uuu &lt;CR&gt; (20 bytes).</summary>
public class SmaProtocolTests
{
    private readonly SmaProtocol _sma = new();

    [Theory]
    [InlineData("\n 1G       2.500kg \r", "2500", true, "kg")]
    [InlineData("\n 1GM      2.480kg \r", "2480", false, "kg")]
    [InlineData("\n 1N       1.000lb \r", "453.59237", true, "lb")]
    [InlineData("\n 1G      12.000oz \r", "340.1942775", true, "oz")]
    [InlineData("\n 1G     750.000g  \r", "750", true, "g")]
    public void Parse_StandardResponse_ExactGrams(string frame, string grams, bool stable, string unit)
    {
        var reading = _sma.Reading(frame);
        Assert.Equal(WeightStatus.Ok, reading.Status);
        Assert.Equal(decimal.Parse(grams, System.Globalization.CultureInfo.InvariantCulture), reading.Grams);
        Assert.Equal(stable, reading.Stable);
        Assert.Equal(unit, reading.Unit);
        Assert.Equal(frame.Replace("\n", "<LF>", StringComparison.Ordinal).Replace("\r", "<CR>", StringComparison.Ordinal), reading.Raw);
    }

    [Fact]
    public void Parse_CentreOfZero_ZeroStatus() =>
        Assert.Equal(WeightStatus.Zero, _sma.Reading("\nZ1G       0.000lb \r").Status);

    [Fact]
    public void Parse_OverCapacity_OverloadWithoutWeight()
    {
        var reading = _sma.Reading("\nO1G     160.000lb \r");
        Assert.Equal(WeightStatus.Overload, reading.Status);
        Assert.Equal(0, reading.Grams);
    }

    [Fact]
    public void Parse_UnderCapacity_UnderZeroNegative()
    {
        var reading = _sma.Reading("\nU1G      -0.020kg \r");
        Assert.Equal(WeightStatus.UnderZero, reading.Status);
        Assert.Equal(-20m, reading.Grams);
    }

    [Theory]
    [InlineData("\nE1G  ----------lb \r", "zero error")]
    [InlineData("\nI1G  ----------lb \r", "initial zero error")]
    [InlineData("\nT1G  ----------lb \r", "tare error")]
    [InlineData("\nRE  \r", "scale diagnostic: RAM, EEPROM error")]
    public void Parse_ErrorReply_ErrorWithoutWeight(string frame, string error)
    {
        var reading = _sma.Reading(frame);
        Assert.Equal(WeightStatus.Error, reading.Status);
        Assert.Equal(error, reading.Error);
        Assert.Equal(0, reading.Grams);
    }

    [Fact]
    public void Parse_TareWeightReply_NoReading() =>
        Assert.Null(_sma.Parse(FrameBytes.Of("\n 1T       0.500kg \r"), FrameBytes.At).Reading);

    [Theory]
    [InlineData("\n 1G       2.500kg\r")]
    [InlineData("\n 1X       2.500kg \r")]
    [InlineData("\n 1GS      2.500kg \r")]
    [InlineData("\n 1G       2,500kg \r")]
    [InlineData("\n 1G       2.500kgs\r")]
    [InlineData("\nQ1G       2.500kg \r")]
    [InlineData("\n 1G           .kg \r")]
    public void Parse_Malformed_ErrorNotWeight(string frame) =>
        Assert.Equal(WeightStatus.Error, _sma.Reading(frame).Status);

    [Fact]
    public void Commands_Level1_LfCommandCr()
    {
        Assert.Equal(new byte[] { 0x0A, 0x57, 0x0D }, SmaCommands.Weight);
        Assert.Equal(new byte[] { 0x0A, 0x5A, 0x0D }, SmaCommands.Zero);
        Assert.Equal(new byte[] { 0x0A, 0x54, 0x0D }, SmaCommands.Tare);
        Assert.Equal(new byte[] { 0x0A, 0x52, 0x0D }, SmaCommands.RepeatWeight);
    }

    [Property(MaxTest = 500)]
    public Property Parse_AnyBytes_NeverThrows(byte[] frame)
    {
        _sma.Parse(frame, FrameBytes.At);
        return true.ToProperty();
    }

    [Property(MaxTest = 500)]
    public Property Parse_ControlByteInjectedIntoBody_NeverAWeight(PositiveInt position, byte control)
    {
        var frame = FrameBytes.Of("\n 1G       2.500kg \r");
        frame[1 + (position.Get % 18)] = (byte)(control % 0x20);
        return (!_sma.Parse(frame, FrameBytes.At).IsWeight()).ToProperty();
    }

    [Property(MaxTest = 300)]
    public Property Parse_AnyThousandthsOfAPound_ExactGrams(NonNegativeInt thousandths)
    {
        var value = (thousandths.Get % 1_000_000) / 1000m;
        var field = value.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture).PadLeft(10);
        var reading = _sma.Reading("\n 1G  " + field + "lb \r");
        return (reading.Grams == value * 453.59237m && (reading.Status == WeightStatus.Ok) == (value != 0)).ToProperty();
    }
}
