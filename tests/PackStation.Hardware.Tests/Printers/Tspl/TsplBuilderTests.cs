using PackStation.Hardware.Printers;
using PackStation.Hardware.Printers.Tspl;

namespace PackStation.Hardware.Tests.Printers.Tspl;

/// <summary>Golden bytes from the TSC TSPL/TSPL2 programming manual (docs/protocols.md "TSPL").</summary>
public sealed class TsplBuilderTests
{
    [Fact]
    public void Setup_Always_WritesCommandLinesEndingInCrLf() =>
        Assert.Equal(
            Hex.Ascii("SIZE 76 mm,130 mm\r\nGAP 2 mm,0 mm\r\nDIRECTION 1\r\nCLS\r\nPRINT 1,1\r\n"),
            new TsplBuilder().Size(76, 130).Gap(2).Direction(1).Cls().Print().ToArray());

    [Fact]
    public void Size_FractionalMillimetres_UsesInvariantDecimalPoint() =>
        Assert.Equal(Hex.Ascii("SIZE 101.6 mm,152.4 mm\r\n"), new TsplBuilder().Size(101.6, 152.4).ToArray());

    [Fact]
    public void Text_ChineseFont_EncodesContentAsGb18030() =>
        Assert.Equal(
            Hex.Concat(Hex.Ascii("TEXT 10,20,\"TSS24.BF2\",0,2,2,\""), Hex.Bytes("D5 C5 D0 A1"), Hex.Ascii("\"\r\n")),
            new TsplBuilder().Text(10, 20, TsplFonts.SimplifiedChinese, 0, 2, 2, "张小").ToArray());

    [Fact]
    public void Text_HostileContent_QuotesEscapedAndBreaksRemoved() =>
        Assert.Equal(
            Hex.Ascii("TEXT 0,0,\"3\",0,1,1,\"Bob \\[\"]x\\[\"] PRINT 9 CLS\"\r\n"),
            new TsplBuilder().Text(0, 0, TsplFonts.Font3, 0, 1, 1, "Bob \"x\"\r\nPRINT 9\nCLS\u001B").ToArray());

    [Fact]
    public void Text_BackslashBeforeBracket_CannotStartAnEscape()
    {
        var bytes = new TsplBuilder().Text(0, 0, TsplFonts.SimplifiedChinese, 0, 1, 1, "a\\[\"]").ToArray();
        // Full-width reverse solidus U+FF3C is A3 DC in GB18030.
        Assert.Equal(Hex.Concat(Hex.Ascii("TEXT 0,0,\"TSS24.BF2\",0,1,1,\"a"), Hex.Bytes("A3 DC"), Hex.Ascii("[\\[\"]]\"\r\n")), bytes);
    }

    [Theory]
    [InlineData("3\",0,1,1,\"x\"\r\nPRINT 1")]
    [InlineData("")]
    public void Text_BadFontName_Throws(string font) =>
        Assert.ThrowsAny<ArgumentException>(() => new TsplBuilder().Text(0, 0, font, 0, 1, 1, "x"));

    [Fact]
    public void Text_RotationNotMultipleOf90_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TsplBuilder().Text(0, 0, "3", 45, 1, 1, "x"));

    [Fact]
    public void Code128_Always_WritesBarcodeCommand() =>
        Assert.Equal(
            Hex.Ascii("BARCODE 40,300,\"128\",120,1,0,2,2,\"ZT7312\\[\"]9\"\r\n"),
            new TsplBuilder().Code128(40, 300, 120, true, 0, 2, "ZT7312\"9").ToArray());

    [Fact]
    public void Code128_ControlCharacter_Throws() =>
        Assert.Throws<ArgumentException>(() => new TsplBuilder().Code128(0, 0, 100, true, 0, 2, "AB\r\nPRINT"));

    [Fact]
    public void QrCode_Always_WritesAutomaticModeCommand() =>
        Assert.Equal(
            Hex.Ascii("QRCODE 500,40,M,6,A,0,\"https://t.example/ZT1\"\r\n"),
            new TsplBuilder().QrCode(500, 40, 'M', 6, 0, "https://t.example/ZT1").ToArray());

    [Fact]
    public void Bitmap_Always_InvertsBitsBecauseTsplPrintsZeroBits()
    {
        var image = new MonoBitmap(16, 2, Hex.Bytes("FF 00 0F F0"));
        Assert.Equal(
            Hex.Concat(Hex.Ascii("BITMAP 8,16,2,2,0,"), Hex.Bytes("00 FF F0 0F"), Hex.Ascii("\r\n")),
            new TsplBuilder().Bitmap(8, 16, image).ToArray());
    }

    [Fact]
    public void BoxAndBar_Always_WriteCommands() =>
        Assert.Equal(Hex.Ascii("BOX 0,0,600,1000,3\r\nBAR 10,10,300,4\r\n"), new TsplBuilder().Box(0, 0, 600, 1000, 3).Bar(10, 10, 300, 4).ToArray());
}
