using FsCheck;
using FsCheck.Xunit;
using PackStation.Hardware.Scales;
using PackStation.Hardware.Scales.Cas;

namespace PackStation.Hardware.Tests.Scales.Cas;

/// <summary>
/// Frames from the CAS CI-series manuals: 22 bytes "ST,GS," id lamp "," 8-byte weight, blank, unit, CR LF
/// (lamp bit 7 = 1, bit 6 stable, bit 2 gross, bit 0 zero); 18 bytes "ST,GS," 8-byte weight, unit, CR LF.
/// </summary>
public class CasProtocolTests
{
    private readonly CasProtocol _cas = new();

    [Theory]
    [InlineData("ST,GS,1\xC4,0013.500 kg\r\n", "13500", true)]
    [InlineData("US,GS,1\x84,0013.420 kg\r\n", "13420", false)]
    [InlineData("ST,NT,1\xC4,+  2.250 kg\r\n", "2250", true)]
    [InlineData("ST,GS,+0012.50kg\r\n", "12500", true)]
    [InlineData("US,GS,+0001.25lb\r\n", "566.9904625", false)]
    [InlineData("ST,GS,00250.00 g\r\n", "250", true)]
    public void Parse_Frame_ExactGrams(string frame, string grams, bool stable)
    {
        var reading = _cas.Reading(frame);
        Assert.Equal(decimal.Parse(grams, System.Globalization.CultureInfo.InvariantCulture), reading.Grams);
        Assert.Equal(stable, reading.Stable);
        Assert.Equal(WeightStatus.Ok, reading.Status);
    }

    [Fact]
    public void Parse_Overload_NoWeight()
    {
        var reading = _cas.Reading("OL,GS,1\x84,9999.999 kg\r\n");
        Assert.Equal(WeightStatus.Overload, reading.Status);
        Assert.Equal(0, reading.Grams);
    }

    [Fact]
    public void Parse_Negative_UnderZero() => Assert.Equal(WeightStatus.UnderZero, _cas.Reading("ST,GS,-0000.02kg\r\n").Status);

    [Fact]
    public void Parse_Zero_ZeroStatus() => Assert.Equal(WeightStatus.Zero, _cas.Reading("ST,GS,1\xC5,0000.000 kg\r\n").Status);

    [Theory]
    [InlineData("ST,GS,1\x44,0013.500 kg\r\n")] // lamp byte without bit 7
    [InlineData("ST;GS,1\xC4,0013.500 kg\r\n")]
    [InlineData("XX,GS,1\xC4,0013.500 kg\r\n")]
    [InlineData("ST,XX,1\xC4,0013.500 kg\r\n")]
    [InlineData("ST,GS,1\xC4,0013.5O0 kg\r\n")]
    [InlineData("ST,GS,1\xC4,0013.500 kx\r\n")]
    [InlineData("ST,GS,0013.500 kg\r\n")]
    [InlineData("0013.500\r\n")]
    public void Parse_Malformed_Error(string frame) => Assert.Equal(WeightStatus.Error, _cas.Reading(frame).Status);

    [Fact]
    public void Commands_StreamOnly_None()
    {
        Assert.Null(_cas.PollCommand);
        Assert.Null(_cas.ZeroCommand);
    }

    [Property(MaxTest = 500)]
    public Property Parse_AnyBytes_NeverThrows(byte[] frame) => ProtocolProperties.NeverThrows(_cas, frame);

    [Property(MaxTest = 500)]
    public Property Parse_ControlByteInjected22_NeverAWeight(int position, byte control) =>
        ProtocolProperties.ControlByteNeverAWeight(_cas, "ST,GS,1\xC4,0013.500 kg\r\n", 0, 20, position, control);

    [Property(MaxTest = 500)]
    public Property Parse_ControlByteInjected18_NeverAWeight(int position, byte control) =>
        ProtocolProperties.ControlByteNeverAWeight(_cas, "ST,GS,+0012.50kg\r\n", 0, 16, position, control);
}
