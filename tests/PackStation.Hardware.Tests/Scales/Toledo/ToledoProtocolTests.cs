using FsCheck;
using FsCheck.Xunit;
using PackStation.Hardware.Scales;
using PackStation.Hardware.Scales.Toledo;

namespace PackStation.Hardware.Tests.Scales.Toledo;

/// <summary>Records from the Toledo 8213 manual pages (Transcell PC-150 appendix B, Mettler Toledo PS60 appendix A).</summary>
public class ToledoProtocolTests
{
    private readonly ToledoProtocol _lb = new("lb");

    [Theory]
    [InlineData("\x02" + "001.40\r", "lb", "635.029318")]
    [InlineData("\x02" + "012.34\r", "lb", "5597.3298458")]
    [InlineData("\x02" + "01.250\r", "kg", "1250")]
    [InlineData("\x02" + "001.40lb\r", "kg", "635.029318")]
    [InlineData("\x02" + "002.00N\r", "lb", "907.18474")]
    public void Parse_WeightRecord_StableExactGrams(string frame, string profileUnit, string grams)
    {
        var reading = new ToledoProtocol(profileUnit).Reading(frame);
        Assert.Equal(WeightStatus.Ok, reading.Status);
        Assert.True(reading.Stable);
        Assert.Equal(decimal.Parse(grams, System.Globalization.CultureInfo.InvariantCulture), reading.Grams);
    }

    [Theory]
    [InlineData(0x61, WeightStatus.Error, "in motion (the scale sent no weight)")]
    [InlineData(0x62, WeightStatus.Overload, "over capacity")]
    [InlineData(0x64, WeightStatus.UnderZero, "under zero")]
    [InlineData(0x68, WeightStatus.Error, "outside the zero capture range")]
    [InlineData(0xE1, WeightStatus.Error, "in motion (the scale sent no weight)")] // parity bit set, read as 8 bits
    public void Parse_StatusRecord_NoWeight(int status, WeightStatus expected, string error)
    {
        var reading = _lb.Reading("\x02?" + (char)status + "\r");
        Assert.Equal(expected, reading.Status);
        Assert.Equal(error, reading.Error);
        Assert.Equal(0, reading.Grams);
    }

    [Fact]
    public void Parse_StatusCentreOfZero_Zero() => Assert.Equal(WeightStatus.Zero, _lb.Reading("\x02?\x70\r").Status);

    [Fact]
    public void Parse_StatusNothingSet_Acknowledged() => Assert.Null(_lb.Parse(FrameBytes.Of("\x02?\x60\r"), FrameBytes.At).Reading);

    [Theory]
    [InlineData("\x02?\x01\r")]
    [InlineData("\x02?ab\r")]
    [InlineData("\x02" + "1.2.3\r")]
    [InlineData("\x02" + "abc\r")]
    [InlineData("\x02\r")]
    [InlineData("001.40\r")]
    public void Parse_Malformed_Error(string frame) => Assert.Equal(WeightStatus.Error, _lb.Reading(frame).Status);

    [Fact]
    public void Commands_SingleCharacters_NoTerminator()
    {
        Assert.Equal("W"u8.ToArray(), ToledoCommands.Weight);
        Assert.Equal("Z"u8.ToArray(), ToledoCommands.Zero);
        Assert.Equal("T"u8.ToArray(), ToledoCommands.Tare);
        Assert.Equal("C"u8.ToArray(), ToledoCommands.ClearTare);
        Assert.Equal("T00150"u8.ToArray(), ToledoCommands.PresetTare(150));
    }

    [Property(MaxTest = 500)]
    public Property Parse_AnyBytes_NeverThrows(byte[] frame) => ProtocolProperties.NeverThrows(_lb, frame);

    [Property(MaxTest = 500)]
    public Property Parse_ControlByteInjected_NeverAWeight(int position, byte control) =>
        ProtocolProperties.ControlByteNeverAWeight(_lb, "\x02" + "012.34\r", 1, 7, position, control);
}
