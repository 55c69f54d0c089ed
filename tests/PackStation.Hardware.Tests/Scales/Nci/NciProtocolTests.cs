using FsCheck;
using FsCheck.Xunit;
using PackStation.Hardware.Scales;
using PackStation.Hardware.Scales.Nci;

namespace PackStation.Hardware.Tests.Scales.Nci;

/// <summary>
/// Replies from the NCI SCP-01 description: &lt;LF&gt;weight+units&lt;CR&gt;&lt;LF&gt;status bytes&lt;CR&gt;&lt;ETX&gt;.
/// Status byte 1 "0" (0x30) = stable, not at zero; "1" (0x31) = motion; "2" (0x32) = at zero; byte 2 "0" = no errors.
/// </summary>
public class NciProtocolTests
{
    private readonly NciProtocol _nci = new();

    [Theory]
    [InlineData("\n0002.50lb\r\n00\r\x03", "1133.980925", true, "lb")]
    [InlineData("\n0002.48lb\r\n10\r\x03", "1124.9090776", false, "lb")]
    [InlineData("\n001.250kg\r\n00\r\x03", "1250", true, "kg")]
    [InlineData("\n 12lb  3.5oz\r\n00\r\x03", "5542.3317709375", true, "lb-oz")]
    [InlineData("\n0012.0oz\r\n000\r\x03", "340.1942775", true, "oz")]
    public void Parse_WeightReply_ExactGrams(string frame, string grams, bool stable, string unit)
    {
        var reading = _nci.Reading(frame);
        Assert.Equal(decimal.Parse(grams, System.Globalization.CultureInfo.InvariantCulture), reading.Grams);
        Assert.Equal(stable, reading.Stable);
        Assert.Equal(unit, reading.Unit);
        Assert.Equal(WeightStatus.Ok, reading.Status);
    }

    [Fact]
    public void Parse_AtZero_Zero() => Assert.Equal(WeightStatus.Zero, _nci.Reading("\n0000.00lb\r\n20\r\x03").Status);

    [Theory]
    [InlineData("\n^^^^^^^lb\r\n02\r\x03", WeightStatus.Overload)]
    [InlineData("\n_______lb\r\n01\r\x03", WeightStatus.UnderZero)]
    [InlineData("\n-------lb\r\n00\r\x03", WeightStatus.Error)]
    [InlineData("\n0002.50lb\r\n40\r\x03", WeightStatus.Error)] // RAM error
    [InlineData("\n0002.50lb\r\n08\r\x03", WeightStatus.Error)] // faulty calibration
    [InlineData("\n?\r\x03", WeightStatus.Error)]
    public void Parse_ErrorOrLimit_NoWeight(string frame, WeightStatus status)
    {
        var reading = _nci.Reading(frame);
        Assert.Equal(status, reading.Status);
        Assert.Equal(0, reading.Grams);
    }

    [Fact]
    public void Parse_StatusReplyAtZero_ZeroReading() => Assert.Equal(WeightStatus.Zero, _nci.Reading("\n20\r\x03").Status);

    [Fact]
    public void Parse_StatusReplyLoaded_Acknowledged() => Assert.Null(_nci.Parse(FrameBytes.Of("\n00\r\x03"), FrameBytes.At).Reading);

    [Fact]
    public void Parse_InvertedMotionBits_OneMeansStable()
    {
        var reading = new NciProtocol(invertedMotionBits: true).Reading("\n0002.50lb\r\n30\r\x03");
        Assert.True(reading.Stable);
        Assert.Equal(WeightStatus.Ok, reading.Status);
    }

    [Theory]
    [InlineData("\n0002.50lb\r\nA0\r\x03")]
    [InlineData("\n0002.50lb\r\n0\r\x03")]
    [InlineData("\n0002.50xx\r\n00\r\x03")]
    [InlineData("\n00O2.50lb\r\n00\r\x03")]
    [InlineData("\n0002.50\r\n00\r\x03")]
    [InlineData("\n0002.50lb\r\n00\x03")]
    public void Parse_Malformed_Error(string frame) => Assert.Equal(WeightStatus.Error, _nci.Reading(frame).Status);

    [Fact]
    public void Commands_LetterCr()
    {
        Assert.Equal(new byte[] { 0x57, 0x0D }, NciCommands.Weight);
        Assert.Equal(new byte[] { 0x53, 0x0D }, NciCommands.Status);
        Assert.Equal(new byte[] { 0x5A, 0x0D }, NciCommands.Zero);
    }

    [Property(MaxTest = 500)]
    public Property Parse_AnyBytes_NeverThrows(byte[] frame) => ProtocolProperties.NeverThrows(_nci, frame);

    [Property(MaxTest = 500)]
    public Property Parse_ControlByteInjected_NeverAWeight(int position, byte control) =>
        ProtocolProperties.ControlByteNeverAWeight(_nci, "\n0002.50lb\r\n00\r\x03", 1, 10, position, control);
}
