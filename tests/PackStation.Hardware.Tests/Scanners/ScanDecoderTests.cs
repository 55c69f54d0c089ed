using System.Text;
using PackStation.Hardware.Scanners;
using PackStation.Hardware.Scanners.Framing;

namespace PackStation.Hardware.Tests.Scanners;

public sealed class ScanDecoderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
    private const string GS = "\u001D";

    [Fact]
    public void Decode_Gs1128WithAim_GivesAisAndGtin()
    {
        var scan = Decode("]C1" + "0109506000134352" + "17201225" + "10ABC" + GS + "21S1");

        Assert.True(scan.Valid, scan.Error);
        Assert.Equal("]C1", scan.Aim);
        Assert.Equal("gs1-128", scan.Symbology);
        Assert.Equal("0109506000134352" + "17201225" + "10ABC" + GS + "21S1", scan.Data);
        Assert.Equal("09506000134352", scan.Gtin);
        Assert.Equal("ABC", scan.Gs1!["10"]);
        Assert.Equal("S1", scan.Gs1["21"]);
    }

    [Theory]
    [InlineData("]E0", "4006381333931", "ean-13", "04006381333931")]
    [InlineData("]E4", "96385074", "ean-8", "00000096385074")]
    [InlineData("]E3", "400638133393112", "ean-13-addon", "04006381333931")]
    public void Decode_EanUpcWithAim_ValidWithGtin(string aim, string data, string symbology, string gtin)
    {
        var scan = Decode(aim + data);

        Assert.True(scan.Valid, scan.Error);
        Assert.Equal(data, scan.Data);
        Assert.Equal(symbology, scan.Symbology);
        Assert.Equal(gtin, scan.Gtin);
    }

    [Fact]
    public void Decode_Ean13WrongCheckDigit_InvalidWithReason()
    {
        var scan = Decode("]E04006381333932");

        Assert.False(scan.Valid);
        Assert.Contains("expected 1", scan.Error, StringComparison.Ordinal);
        Assert.Null(scan.Gtin);
    }

    [Fact]
    public void Decode_Gs1WithBadCheckDigit_InvalidNotDropped()
    {
        var scan = Decode("]d20109506000134353");

        Assert.False(scan.Valid);
        Assert.Equal("gs1-datamatrix", scan.Symbology);
        Assert.StartsWith("GS1: (01)", scan.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_PlainCodeWithoutAim_ValidAsIs()
    {
        var scan = Decode("TB-3391028845");

        Assert.True(scan.Valid);
        Assert.Equal("TB-3391028845", scan.Data);
        Assert.Null(scan.Aim);
        Assert.Null(scan.Symbology);
        Assert.Null(scan.Gs1);
    }

    [Fact]
    public void Decode_DigitsWithoutAim_NotCheckedAsGtin()
    {
        // A 12-digit waybill number is not a UPC-A; without an AIM id nothing says it is one.
        var scan = Decode("751234567890");
        Assert.True(scan.Valid);
        Assert.Null(scan.Gtin);
    }

    [Fact]
    public void Decode_RequiredAimMissing_Invalid()
    {
        var scan = new ScanDecoder("", AimMode.Required).Decode(Frame("4006381333931"));

        Assert.False(scan.Valid);
        Assert.Contains("AIM", scan.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_AimOff_BracketKeptAsData()
    {
        var scan = new ScanDecoder("", AimMode.Off).Decode(Frame("]C1ABC"));

        Assert.True(scan.Valid);
        Assert.Equal("]C1ABC", scan.Data);
        Assert.Null(scan.Aim);
    }

    [Fact]
    public void Decode_Prefix_Removed()
    {
        var scan = new ScanDecoder("S1:", AimMode.Auto).Decode(Frame("S1:]Q1HELLO"));

        Assert.True(scan.Valid);
        Assert.Equal("HELLO", scan.Data);
        Assert.Equal("qr", scan.Symbology);
    }

    [Fact]
    public void Decode_PrefixMissing_Invalid() =>
        Assert.Contains("expected prefix", new ScanDecoder("S1:", AimMode.Auto).Decode(Frame("HELLO")).Error, StringComparison.Ordinal);

    [Fact]
    public void Decode_BracketedGs1_Parsed()
    {
        var scan = Decode("(01)09506000134352(10)L1");
        Assert.True(scan.Valid, scan.Error);
        Assert.Equal("09506000134352", scan.Gtin);
    }

    [Fact]
    public void Decode_GsWithoutAim_ParsedAsGs1()
    {
        var scan = Decode("10L1" + GS + "0109506000134352");
        Assert.True(scan.Valid, scan.Error);
        Assert.Equal("L1", scan.Gs1!["10"]);
    }

    [Fact]
    public void Decode_NulByte_InvalidWithOffsetAndPrintableData()
    {
        var scan = new ScanDecoder("", AimMode.Auto).Decode(new ScanFrame([0x41, 0x00, 0x42], T0));

        Assert.False(scan.Valid);
        Assert.Equal("control character \\x00 at offset 1", scan.Error);
        Assert.Equal("A\\x00B", scan.Data);
    }

    [Fact]
    public void Decode_InvalidUtf8_InvalidWithHexContext()
    {
        var scan = new ScanDecoder("", AimMode.Auto).Decode(new ScanFrame([0x41, 0x42, 0xC3, 0x28, 0x43], T0));

        Assert.False(scan.Valid);
        Assert.StartsWith("invalid UTF-8 at byte 2", scan.Error, StringComparison.Ordinal);
        Assert.Contains("C3 28", scan.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf8Chinese_Valid()
    {
        var scan = Decode("]Q1山羊绒-50g");
        Assert.True(scan.Valid);
        Assert.Equal("山羊绒-50g", scan.Data);
    }

    [Fact]
    public void Decode_FramingError_KeptAsTheReason()
    {
        var scan = new ScanDecoder("", AimMode.Auto).Decode(new ScanFrame("0950"u8.ToArray(), T0, "incomplete scan"));

        Assert.False(scan.Valid);
        Assert.Equal("incomplete scan", scan.Error);
        Assert.Equal("0950", scan.Data);
    }

    [Fact]
    public void Decode_Iso15434Envelope_SeparatorsAreNotErrors()
    {
        var scan = Decode("]L2[)>\u001E01\u001D96" + "1Z12345\u001E\u0004");
        Assert.True(scan.Valid, scan.Error);
    }

    private static Scan Decode(string text) => new ScanDecoder("", AimMode.Auto).Decode(Frame(text));

    private static ScanFrame Frame(string text) => new(Encoding.UTF8.GetBytes(text), T0);
}
