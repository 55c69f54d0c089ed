using System.Text;
using PackStation.Hardware.Printers.Zpl;

namespace PackStation.Hardware.Tests.Printers.Zpl;

/// <summary>
/// Golden tests: every expected string is written from the ZPL II Programming Guide (command syntax pages, ^FH,
/// ^BC invocation table, alternative compression scheme) and docs/protocols.md "ZPL II", not from the builder's output.
/// </summary>
public sealed class ZplBuilderTests
{
    private static string Ascii(ZplBuilder builder) => Encoding.ASCII.GetString(builder.ToBytes());

    [Fact]
    public void StartFormat_EndFormat_WrapsTheLabelInXaXz()
    {
        Assert.Equal("^XA^XZ", Ascii(new ZplBuilder().StartFormat().EndFormat()));
    }

    [Fact]
    public void Setup_WidthLengthUtf8HomeQuantity_WritesTheCommands()
    {
        var zpl = new ZplBuilder().Utf8().PrintWidth(812).LabelLength(1218).LabelHome(0, 0).Quantity(1);
        Assert.Equal("^CI28^PW812^LL1218^LH0,0^PQ1", Ascii(zpl));
    }

    [Fact]
    public void Text_PlainAscii_IsAFieldWithHexIndicator()
    {
        Assert.Equal("^FO50,60^A0N,30,28^FH_^FDHello World^FS", Ascii(new ZplBuilder().Text(50, 60, 30, 28, "Hello World")));
    }

    [Fact]
    public void Text_NamedFont_UsesAAtCommand()
    {
        Assert.Equal("^FO10,20^A@N,40,40,E:ANMDS.TTF^FH_^FD_E5_BC_A0^FS", Ascii(new ZplBuilder().Text(10, 20, "E:ANMDS.TTF", 40, 40, "张")));
    }

    [Theory]
    [InlineData("E:ANMDS.TTF^XZ")]
    [InlineData("ANMDS.TTF")]
    [InlineData("E:A,B")]
    public void Text_FontNameWithCommandCharacters_IsRefused(string font)
    {
        Assert.Throws<ArgumentException>(() => new ZplBuilder().Text(0, 0, font, 30, 30, "x"));
    }

    [Theory]
    [InlineData("Bob ^XZ^XA", "Bob _5EXZ_5EXA")]
    [InlineData("~JA cancel", "_7EJA cancel")]
    [InlineData("a_b\\c", "a_5Fb_5Cc")]
    [InlineData("say \"hi\" 'x'", "say \"hi\" 'x'")]
    [InlineData("line1\r\nline2", "line1  line2")]
    [InlineData("a\u001Bb\u001Dc\u0010d\u0000e\u007Ff\u0085g", "abcdefg")]
    [InlineData("张小燕", "_E5_BC_A0_E5_B0_8F_E7_87_95")]
    [InlineData("é", "_C3_A9")]
    [InlineData("a\u200Bb\u202Ec", "abc")]
    public void EscapeFieldData_HostileOrNonAsciiText_IsHexEscapedOrDropped(string input, string expected)
    {
        Assert.Equal(expected, ZplBuilder.EscapeFieldData(input));
    }

    [Fact]
    public void Box_WritesGraphicBox()
    {
        Assert.Equal("^FO10,20^GB792,3,3^FS", Ascii(new ZplBuilder().Box(10, 20, 792, 3, 3)));
    }

    [Theory]
    [InlineData("CODE128")]
    [InlineData("ZT1234567890")]
    [InlineData("A-1 b.2")]
    public void Code128_PlainData_UsesAutomaticMode(string data)
    {
        var zpl = Ascii(new ZplBuilder().Code128(40, 50, data, 120, 3));
        Assert.Equal($"^FO40,50^BY3^BCN,120,Y,N,N,A^FD{data}^FS", zpl);
    }

    [Theory]
    [InlineData("A^B>C~", ">:A><B>0C>=")]
    [InlineData(">5123", ">:>05123")]
    [InlineData("^XZ", ">:><XZ")]
    public void Code128_SpecialCharacters_AreInvocationCodesInSubsetB(string data, string expectedFieldData)
    {
        var zpl = Ascii(new ZplBuilder().Code128(40, 50, data, 120, 3));
        Assert.Equal($"^FO40,50^BY3^BCN,120,Y,N,N,N^FD{expectedFieldData}^FS", zpl);
    }

    [Fact]
    public void Code128_WithoutInterpretationLine_SaysN()
    {
        Assert.Equal("^FO0,0^BY2^BCN,80,N,N,N,A^FDAB^FS", Ascii(new ZplBuilder().Code128(0, 0, "AB", 80, 2, interpretationLine: false)));
    }

    [Theory]
    [InlineData("ab\u001Bc")]
    [InlineData("张")]
    [InlineData("")]
    public void Code128_NonPrintableAscii_IsRefused(string data)
    {
        Assert.ThrowsAny<ArgumentException>(() => new ZplBuilder().Code128(0, 0, data, 80));
    }

    [Fact]
    public void Gs1Code128_Sscc_StartsSubsetCWithFnc1()
    {
        var zpl = Ascii(new ZplBuilder().Gs1Code128(10, 10, "00106141411234567897", 150, 3));
        Assert.Equal("^FO10,10^BY3^BCN,150,Y,N,N^FD>;>800106141411234567897^FS", zpl);
    }

    [Fact]
    public void Qr_Data_HasErrorLevelAndAutomaticInputPrefix()
    {
        Assert.Equal("^FO600,40^BQN,2,5^FH_^FDMA,https://t.example/ZT1^FS", Ascii(new ZplBuilder().Qr(600, 40, "https://t.example/ZT1", 5)));
    }

    [Fact]
    public void Qr_HostileData_IsEscaped()
    {
        Assert.Equal("^FO0,0^BQN,2,4^FH_^FDQA,a_5EXZ_7E^FS", Ascii(new ZplBuilder().Qr(0, 0, "a^XZ~", 4, 'Q')));
    }

    [Fact]
    public void Graphic_Uncompressed_IsTotalTotalRowBytesAndHex()
    {
        byte[] rows = [0xFF, 0x00, 0x81, 0x7E];
        Assert.Equal("^FO5,6^GFA,4,4,2,FF00817E^FS", Ascii(new ZplBuilder().Graphic(5, 6, 16, 2, rows, compress: false)));
    }

    [Fact]
    public void Graphic_CompressedRepeatCounts_MatchTheGuideExamples()
    {
        // Guide: "M6" is seven 6s; "hB" is forty Bs; "vMB" is 327 Bs.
        var seven = new StringBuilder();
        ZplBuilder.AppendCompressedHex([0x66, 0x66, 0x66, 0x61], 4, seven);
        Assert.Equal("M61", seven.ToString());

        var forty = new StringBuilder();
        ZplBuilder.AppendCompressedHex(Enumerable.Repeat((byte)0xBB, 20).Append((byte)0x12).ToArray(), 21, forty);
        Assert.Equal("hB12", forty.ToString());

        var many = new StringBuilder();
        var data = Enumerable.Repeat((byte)0xBB, 164).ToArray();
        data[^1] = 0xB1; // 327 Bs then a 1
        ZplBuilder.AppendCompressedHex(data, 164, many);
        Assert.Equal("vMB1", many.ToString());
    }

    [Fact]
    public void Graphic_CompressedRowEnds_UseCommaBangAndColon()
    {
        // Guide, condensed graphic: "FF0000000000" -> "FF,", "F00000000000" -> "F0,"; '!' fills with ones; ':' repeats the row.
        byte[] rows =
        [
            0xFF, 0x00, 0x00, 0x00, 0x00, 0x00,
            0xF0, 0x00, 0x00, 0x00, 0x00, 0x00,
            0xF0, 0x00, 0x00, 0x00, 0x00, 0x00,
            0x0F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        ];
        var zpl = Ascii(new ZplBuilder().Graphic(0, 0, 48, 5, rows));
        Assert.Equal("^FO0,0^GFA,30,30,6,FF,F0,:0F!,^FS", zpl);
    }

    [Fact]
    public void Graphic_WrongDataLength_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new ZplBuilder().Graphic(0, 0, 9, 2, new byte[3]));
    }
}
