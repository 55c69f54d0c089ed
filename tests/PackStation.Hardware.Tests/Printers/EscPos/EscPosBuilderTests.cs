using PackStation.Hardware.Printers;
using PackStation.Hardware.Printers.EscPos;

namespace PackStation.Hardware.Tests.Printers.EscPos;

/// <summary>Golden bytes from the Epson ESC/POS command reference (docs/protocols.md "ESC/POS").</summary>
public sealed class EscPosBuilderTests
{
    private static EscPosBuilder Latin() => new(EscPosTextMode.SingleByte(EscPosCodePage.Pc437));

    [Fact]
    public void Initialize_Always_EmitsEscAt() =>
        Assert.Equal(Hex.Bytes("1B 40"), Latin().Initialize().ToArray());

    [Fact]
    public void Text_SingleByteAfterInitialize_CancelsChineseModeFirst() =>
        Assert.Equal(Hex.Bytes("1B 40 1C 2E 48 69 0A"), Latin().Initialize().Line("Hi").ToArray());

    [Fact]
    public void Text_Pc858_SelectsTableAndEncodesEuroAsD5() =>
        Assert.Equal(
            Hex.Bytes("1B 40 1C 2E 1B 74 13 D5 35"),
            new EscPosBuilder(EscPosTextMode.SingleByte(EscPosCodePage.Pc858)).Initialize().Text("€5").ToArray());

    [Fact]
    public void Text_ControlBytesInUntrustedText_AreRemovedAndBreaksBecomeSpaces() =>
        Assert.Equal(
            Hex.Concat(Hex.Bytes("1B 40 1C 2E"), Hex.Ascii("A@BVCD E F")),
            Latin().Initialize().Text("A\u001B@B\u001DV\0C\u0010\u0004\u0001D\r\nE\nF\u007F\u009B").ToArray());

    [Fact]
    public void Text_ChineseMode_SendsFsAmpersandAndGb18030()
    {
        // 张 = D5 C5, 小 = D0 A1 in GB2312/GB18030.
        var bytes = new EscPosBuilder(EscPosTextMode.Chinese).Initialize().Text("张小A").ToArray();
        Assert.Equal(Hex.Bytes("1B 40 1C 26 D5 C5 D0 A1 41"), bytes);
    }

    [Fact]
    public void Text_SwitchingFromChineseToSingleByte_CancelsChineseModeOnce()
    {
        var builder = new EscPosBuilder(EscPosTextMode.Chinese).Initialize().Text("张");
        builder.UseTextMode(EscPosTextMode.SingleByte(EscPosCodePage.Pc437)).Text("a").Text("b");
        Assert.Equal(Hex.Bytes("1B 40 1C 26 D5 C5 1C 2E 61 62"), builder.ToArray());
    }

    [Fact]
    public void Text_FourByteGb18030Character_BecomesQuestionMark() =>
        Assert.Equal(Hex.Bytes("1C 26 3F 41"), new EscPosBuilder(EscPosTextMode.Chinese).Text("😀A").ToArray());

    [Fact]
    public void Styles_Always_EmitManualBytes()
    {
        var bytes = Latin().Bold(true).Underline(2).Size(2, 2).Font(1).Align(EscPosAlignment.Center).Reverse(true).ChineseSize(true, true).ToArray();
        Assert.Equal(Hex.Bytes("1B 45 01 1B 2D 02 1D 21 11 1B 4D 01 1B 61 01 1D 42 01 1C 21 0C"), bytes);
    }

    [Fact]
    public void FeedAndCut_Always_EmitManualBytes() =>
        Assert.Equal(Hex.Bytes("1B 64 03 1B 4A 18 1D 56 42 00 1D 56 41 10"), Latin().FeedLines(3).FeedDots(24).Cut().Cut(EscPosCut.Full, 16).ToArray());

    [Theory]
    [InlineData(9, 1)]
    [InlineData(0, 1)]
    [InlineData(1, 9)]
    public void Size_OutOfRange_Throws(int width, int height) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Latin().Size(width, height));

    [Fact]
    public void Code128_BarHeight360_ThrowsInsteadOfWrappingTo104() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Latin().Code128("123", new EscPosBarcodeOptions { HeightDots = 360 }));

    [Fact]
    public void Code128_DigitsOnly_UsesCodeSetCWithTwoDigitsPerByte() =>
        Assert.Equal(
            Hex.Bytes("1D 68 64 1D 77 02 1D 48 02 1D 6B 49 05 7B 43 01 17 2D"),
            Latin().Code128("012345").ToArray());

    [Fact]
    public void Code128_LettersThenDigits_SwitchesFromBToC() =>
        Assert.Equal(
            Hex.Bytes("1D 6B 49 0A 7B 42 41 42 7B 43 0C 22 38 4E"),
            Latin().Code128("AB12345678").ToArray()[9..]);

    [Fact]
    public void Code128_OddDigitRun_PutsFirstDigitInB() =>
        Assert.Equal(
            Hex.Bytes("1D 6B 49 07 7B 42 31 7B 43 17 2D"),
            Latin().Code128("12345").ToArray()[9..]);

    [Fact]
    public void Code128_LiteralBrace_IsDoubled() =>
        Assert.Equal(Hex.Bytes("1D 6B 49 06 7B 42 61 7B 7B 62"), Latin().Code128("a{b").ToArray()[9..]);

    [Fact]
    public void Code128_Gs1_StartsWithFnc1AndSeparatesVariableFieldsWithFnc1() =>
        Assert.Equal(
            Hex.Bytes("1D 6B 49 13 7B 43 7B 31 01 09 32 0B 01 35 00 03 7B 31 0A 7B 42 41 42"),
            Latin().Code128("0109501101530003\u001D10AB", gs1: true).ToArray()[9..]);

    [Theory]
    [InlineData("AB\u001BC")]
    [InlineData("AB\nC")]
    [InlineData("张")]
    [InlineData("")]
    public void Code128_NonPrintableData_ThrowsArgumentException(string data) =>
        Assert.Throws<ArgumentException>(() => Latin().Code128(data));

    [Fact]
    public void Code128_WiderThanPaper_Throws() =>
        Assert.Throws<ArgumentException>(() => new EscPosBuilder(EscPosTextMode.Chinese, 384).Code128("ABCDEFGHIJKLMNOPQRST"));

    [Fact]
    public void Ean13_ValidThirteenDigits_SendsTwelve() =>
        Assert.Equal(
            Hex.Concat(Hex.Bytes("1D 6B 43 0C"), Hex.Ascii("400638133393")),
            Latin().Ean13("4006381333931").ToArray()[9..]);

    [Fact]
    public void Ean13_WrongCheckDigit_Throws() =>
        Assert.Throws<ArgumentException>(() => Latin().Ean13("4006381333932"));

    [Fact]
    public void Qr_Ascii_EmitsModelSizeLevelStorePrint() =>
        Assert.Equal(
            Hex.Bytes("1D 28 6B 04 00 31 41 32 00 1D 28 6B 03 00 31 43 04 1D 28 6B 03 00 31 45 31 1D 28 6B 05 00 31 50 30 41 42 1D 28 6B 03 00 31 51 30"),
            Latin().Qr("AB").ToArray());

    [Fact]
    public void Qr_NonAscii_LengthCountsUtf8Bytes() =>
        Assert.Equal(Hex.Bytes("1D 28 6B 06 00 31 50 30 E5 BC A0"), Latin().Qr("张", 3, EscPosQrErrorLevel.H).ToArray()[25..36]);

    [Fact]
    public void Qr_LongPayload_UsesHighLengthByte()
    {
        var bytes = Latin().Qr(new string('9', 300)).ToArray();
        Assert.Equal(Hex.Bytes("1D 28 6B 2F 01 31 50 30"), bytes[25..33]);
    }

    [Fact]
    public void Pdf417_Ascii_EmitsSettingsStorePrint() =>
        Assert.Equal(
            Hex.Bytes("1D 28 6B 03 00 30 41 00 1D 28 6B 03 00 30 42 00 1D 28 6B 03 00 30 43 03 1D 28 6B 03 00 30 44 03 1D 28 6B 04 00 30 45 30 31 1D 28 6B 05 00 30 50 30 41 42 1D 28 6B 03 00 30 51 30"),
            Latin().Pdf417("AB").ToArray());

    [Fact]
    public void RasterImage_TallerThanBand_IsSentInBands()
    {
        var image = new MonoBitmap(16, 3, Hex.Bytes("FF 00 00 FF 81 81"));
        Assert.Equal(
            Hex.Bytes("1D 76 30 00 02 00 02 00 FF 00 00 FF 1D 76 30 00 02 00 01 00 81 81"),
            Latin().RasterImage(image, bandRows: 2).ToArray());
    }

    [Fact]
    public void RasterImage_WiderThanPaper_Throws() =>
        Assert.Throws<ArgumentException>(() => new EscPosBuilder(EscPosTextMode.Chinese, 384).RasterImage(new MonoBitmap(400, 1)));
}
