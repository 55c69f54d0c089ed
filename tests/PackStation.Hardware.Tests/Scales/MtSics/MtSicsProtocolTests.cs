using FsCheck;
using FsCheck.Xunit;
using PackStation.Hardware.Scales;
using PackStation.Hardware.Scales.MtSics;

namespace PackStation.Hardware.Tests.Scales.MtSics;

/// <summary>Replies as in the MT-SICS reference manual: echo, status, 10-character value, unit, CR LF.</summary>
public class MtSicsProtocolTests
{
    private readonly MtSicsProtocol _sics = new();

    [Theory]
    [InlineData("S S     100.00 g\r\n", "100.00", true, "g")]
    [InlineData("SI S     2.345 kg\r\n", "2345", true, "kg")]
    [InlineData("SI D     2.301 kg\r\n", "2301", false, "kg")]
    [InlineData("S D      3.50 lb\r\n", "1587.573295", false, "lb")]
    [InlineData("S S     -0.00 g\r\n", "0", true, "g")]
    public void Parse_WeightReply_ExactGrams(string line, string grams, bool stable, string unit)
    {
        var reading = _sics.Reading(line);
        Assert.Equal(decimal.Parse(grams, System.Globalization.CultureInfo.InvariantCulture), reading.Grams);
        Assert.Equal(stable, reading.Stable);
        Assert.Equal(unit, reading.Unit);
    }

    [Theory]
    [InlineData("S I\r\n", WeightStatus.Error)]
    [InlineData("SI I\r\n", WeightStatus.Error)]
    [InlineData("S +\r\n", WeightStatus.Overload)]
    [InlineData("SI -\r\n", WeightStatus.UnderZero)]
    [InlineData("ES\r\n", WeightStatus.Error)]
    [InlineData("ET\r\n", WeightStatus.Error)]
    [InlineData("EL\r\n", WeightStatus.Error)]
    [InlineData("Z I\r\n", WeightStatus.Error)]
    [InlineData("Z +\r\n", WeightStatus.Error)]
    [InlineData("Z -\r\n", WeightStatus.Error)]
    [InlineData("T I\r\n", WeightStatus.Error)]
    public void Parse_ErrorReply_NoWeight(string line, WeightStatus status)
    {
        var reading = _sics.Reading(line);
        Assert.Equal(status, reading.Status);
        Assert.Equal(0, reading.Grams);
        Assert.NotNull(reading.Error);
    }

    [Theory]
    [InlineData("Z A\r\n")]
    [InlineData("ZI D\r\n")]
    [InlineData("T S     12.00 g\r\n")]
    public void Parse_CommandDone_Acknowledged(string line) => Assert.Null(_sics.Parse(FrameBytes.Of(line), FrameBytes.At).Reading);

    [Theory]
    [InlineData("S X     100.00 g\r\n")]
    [InlineData("S S     100.00\r\n")]
    [InlineData("S S     1OO.00 g\r\n")]
    [InlineData("S S     100.00 g extra\r\n")]
    [InlineData("S S     100.00 ozt\r\n")]
    [InlineData("S S     100.00 g\n")]
    [InlineData("XYZ\r\n")]
    public void Parse_Malformed_Error(string line) => Assert.Equal(WeightStatus.Error, _sics.Reading(line).Status);

    [Fact]
    public void Commands_CrLfTerminated()
    {
        Assert.Equal(new byte[] { 0x53, 0x49, 0x0D, 0x0A }, MtSicsCommands.WeightImmediately);
        Assert.Equal(new byte[] { 0x53, 0x49, 0x52, 0x0D, 0x0A }, MtSicsCommands.WeightImmediatelyRepeat);
        Assert.Equal(new byte[] { 0x53, 0x0D, 0x0A }, MtSicsCommands.StableWeight);
        Assert.Equal(new byte[] { 0x5A, 0x0D, 0x0A }, MtSicsCommands.Zero);
        Assert.Equal(new byte[] { 0x54, 0x0D, 0x0A }, MtSicsCommands.Tare);
    }

    [Property(MaxTest = 500)]
    public Property Parse_AnyBytes_NeverThrows(byte[] frame) => ProtocolProperties.NeverThrows(_sics, frame);

    [Property(MaxTest = 500)]
    public Property Parse_ControlByteInjected_NeverAWeight(int position, byte control) =>
        ProtocolProperties.ControlByteNeverAWeight(_sics, "S S     100.00 g\r\n", 0, 16, position, control);
}
