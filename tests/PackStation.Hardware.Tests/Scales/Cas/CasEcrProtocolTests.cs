using FsCheck;
using FsCheck.Xunit;
using PackStation.Hardware.Scales;
using PackStation.Hardware.Scales.Cas;

namespace PackStation.Hardware.Tests.Scales.Cas;

/// <summary>The ECR dialogue: ENQ → ACK, DC1 → SOH STX status sign weight unit BCC ETX EOT (BCC = XOR from status to unit).</summary>
public class CasEcrProtocolTests
{
    private readonly CasEcrProtocol _ecr = new();

    /// <summary>Builds a frame; the BCC is computed here by hand-written XOR, independent of the parser.</summary>
    private static string Frame(string body)
    {
        var bcc = 0;
        foreach (var c in body)
            bcc ^= c;
        return "\x01\x02" + body + (char)bcc + "\x03\x04";
    }

    [Fact]
    public void Parse_Ack_RepliesDc1()
    {
        var result = _ecr.Parse([0x06], FrameBytes.At);
        Assert.Null(result.Reading);
        Assert.Equal(new byte[] { 0x11 }, result.Reply);
    }

    [Fact]
    public void Parse_Nak_ErrorNoWeight() => Assert.Equal(WeightStatus.Error, _ecr.Reading("\x15").Status);

    [Theory]
    [InlineData("S 01.234kg", "1234", true, WeightStatus.Ok)]
    [InlineData("U 01.200kg", "1200", false, WeightStatus.Ok)]
    [InlineData("S-00.010kg", "-10", true, WeightStatus.UnderZero)]
    [InlineData("S 02.500lb", "1133.980925", true, WeightStatus.Ok)]
    public void Parse_WeightFrame_ExactGrams(string body, string grams, bool stable, WeightStatus status)
    {
        var reading = _ecr.Reading(Frame(body));
        Assert.Equal(decimal.Parse(grams, System.Globalization.CultureInfo.InvariantCulture), reading.Grams);
        Assert.Equal(stable, reading.Stable);
        Assert.Equal(status, reading.Status);
    }

    [Fact]
    public void Parse_Overflow_Overload() => Assert.Equal(WeightStatus.Overload, _ecr.Reading(Frame("SF99.999kg")).Status);

    [Fact]
    public void Parse_WrongBcc_Error()
    {
        var frame = Frame("S 01.234kg").ToCharArray();
        frame[^3] = (char)(frame[^3] ^ 0x01);
        var reading = _ecr.Reading(new string(frame));
        Assert.Equal(WeightStatus.Error, reading.Status);
        Assert.Equal("CAS ECR frame with a wrong BCC", reading.Error);
    }

    [Theory]
    [InlineData("X 01.234kg")]
    [InlineData("S+01.234kg")]
    [InlineData("S 01.2a4kg")]
    [InlineData("S 01.234zz")]
    public void Parse_MalformedWithGoodBcc_Error(string body) => Assert.Equal(WeightStatus.Error, _ecr.Reading(Frame(body)).Status);

    [Property(MaxTest = 500)]
    public Property Parse_AnyBytes_NeverThrows(byte[] frame) => ProtocolProperties.NeverThrows(_ecr, frame);

    [Property(MaxTest = 500)]
    public Property Parse_ControlByteInjected_NeverAWeight(int position, byte control) =>
        ProtocolProperties.ControlByteNeverAWeight(_ecr, Frame("S 01.234kg"), 2, 13, position, control);
}
