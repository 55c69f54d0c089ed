using System.Text;
using PackStation.Labels.Tests.Support;
using PackStation.TestKit;

namespace PackStation.Labels.Tests.Emitters;

/// <summary>ZPL labels end to end: structure, hostile text, and the independent renderer (zpl-renderer-js) + zbarimg.</summary>
public sealed class ZplLabelEmitterTests
{
    private const string Tracking = "ZT75312345678901";

    private static RenderedLabel Render(LabelTemplate template, Domain.Orders.Order order, Hardware.Profiles.PrinterSettings printer, bool forceRaster = false)
    {
        using var renderer = Renderers.Create();
        return renderer.Render(new LabelRequest
        {
            Order = order, TrackingNumber = Tracking, Carrier = "ZTO", Printer = printer, Template = template,
            Sender = SampleOrders.Sender, ForceRaster = forceRaster,
        });
    }

    [Fact]
    public void Render_Waybill76x130At203Dpi_SetsWidthLengthUtf8AndNativeSymbols() // 76 mm x 203/25.4 = 607.4 dots, 130 mm = 1039.0
    {
        var zpl = Encoding.ASCII.GetString(Render(LabelTemplate.Waybill76x130, SampleOrders.Chinese(), SampleOrders.Zpl()).Bytes);
        Assert.StartsWith("^XA^CI28^PW607^LL1039^LH0,0", zpl, StringComparison.Ordinal);
        Assert.EndsWith("^PQ1^XZ", zpl, StringComparison.Ordinal);
        Assert.Contains($",N,N,N,A^FD{Tracking}^FS", zpl, StringComparison.Ordinal);
        Assert.Contains($"^BQN,2,", zpl, StringComparison.Ordinal);
        Assert.Contains($"^FH_^FDMA,{Tracking}^FS", zpl, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Shipping4x6At300Dpi_UsesThe300DpiPage()
    {
        var label = Render(LabelTemplate.Shipping4x6, SampleOrders.Western(), SampleOrders.Zpl(dpi: 300, width: 1200));
        Assert.StartsWith("^XA^CI28^PW1200^LL1800", Encoding.ASCII.GetString(label.Bytes), StringComparison.Ordinal);
        Assert.Equal((1200, 1800), (label.WidthDots, label.HeightDots));
    }

    [Fact]
    public void Render_PrintTime_ComesFromTheInjectedClock()
    {
        var zpl = Encoding.ASCII.GetString(Render(LabelTemplate.Shipping4x6, SampleOrders.Western(), SampleOrders.Zpl()).Bytes);
        Assert.Contains("Printed: 2026-11-28 09:30", zpl, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileRecipient_IsEscapedAndNeverACommand()
    {
        var label = Render(LabelTemplate.Shipping4x6, SampleOrders.Western(SampleOrders.Hostile, SampleOrders.Hostile), SampleOrders.Zpl());
        var zpl = Encoding.ASCII.GetString(label.Bytes);
        Assert.All(label.Bytes, b => Assert.InRange(b, (byte)0x20, (byte)0x7E));
        Assert.Single(Occurrences(zpl, "^XA"));
        Assert.Single(Occurrences(zpl, "^XZ"));
        Assert.DoesNotContain("~", zpl, StringComparison.Ordinal);
        Assert.DoesNotContain("^JA", zpl, StringComparison.Ordinal);
        Assert.Contains("Bob _5EXZ_5EXA_7EJA _5C \"q\" 'x' _5F5E", zpl, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ZplRenderedIndependently_BarcodeAndQrScanAsTheTrackingNumber()
    {
        using var dir = new TempDirectory();
        var label = Render(LabelTemplate.Shipping4x6, SampleOrders.Western(SampleOrders.Hostile, SampleOrders.Hostile), SampleOrders.Zpl());
        File.WriteAllBytes(dir.File("l.zpl"), label.Bytes);
        ExternalTools.RenderZpl(dir.File("l.zpl"), dir.File("l.png"), 101.6, 152.4);
        var symbols = ExternalTools.ZbarTyped(dir.File("l.png"));
        Assert.Contains($"CODE-128:{Tracking}", symbols);
        Assert.Contains($"QR-Code:{Tracking}", symbols);
    }

    [Fact]
    public void Render_WaybillWithRasterBarcodes_RenderedIndependentlyStillScans()
    {
        using var dir = new TempDirectory();
        var label = Render(LabelTemplate.Waybill76x130, SampleOrders.Chinese(), SampleOrders.Zpl(nativeBarcodes: false));
        var zpl = Encoding.ASCII.GetString(label.Bytes);
        Assert.DoesNotContain("^BC", zpl, StringComparison.Ordinal);
        Assert.DoesNotContain("^BQ", zpl, StringComparison.Ordinal);
        File.WriteAllBytes(dir.File("l.zpl"), label.Bytes);
        ExternalTools.RenderZpl(dir.File("l.zpl"), dir.File("l.png"), 76, 130);
        var symbols = ExternalTools.ZbarTyped(dir.File("l.png"));
        Assert.Contains($"CODE-128:{Tracking}", symbols);
        Assert.Contains($"QR-Code:{Tracking}", symbols);
    }

    [Fact]
    public void Render_ChineseDeclared_UsesThePrinterCjkFontWithUtf8Hex()
    {
        var zpl = Encoding.ASCII.GetString(Render(LabelTemplate.Waybill76x130, SampleOrders.Chinese(), SampleOrders.Zpl(chinese: true)).Bytes);
        Assert.DoesNotContain("^GFA", zpl, StringComparison.Ordinal);
        // 浙 = E6 B5 99 in UTF-8: the routing code's first character, in the printer's CJK font
        Assert.Contains(",E:ANMDS.TTF^FH_^FD_E6_B5_99", zpl, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("E:ANMDS.TTF", ",E:ANMDS.TTF^FH")]
    [InlineData("ANMDS.TTF", ",E:ANMDS.TTF^FH")]
    [InlineData("B:SIMSUN.TTF", ",B:SIMSUN.TTF^FH")]
    public void Render_ProfileNamesItsCjkFont_UsesItInAtSignFontCommand(string profileFont, string expected)
    {
        var printer = SampleOrders.Zpl(chinese: true) with { ChineseFont = profileFont };
        var zpl = Encoding.ASCII.GetString(Render(LabelTemplate.Waybill76x130, SampleOrders.Chinese(), printer).Bytes);
        // ^A@o,h,w,d:o.x (ZPL II Programming Guide, ^A@): orientation N, height and width in dots, then drive:name.ext
        Assert.Matches(@"\^A@N,\d+,\d+" + System.Text.RegularExpressions.Regex.Escape(expected), zpl);
    }

    [Fact]
    public void Render_ConfiguredCjkFontWithoutDrive_IsTakenFromFlash()
    {
        using var renderer = new LabelRenderer(Renderers.Clock(), Microsoft.Extensions.Options.Options.Create(
            new LabelOptions { ZplCjkFont = "SIMSUN.TTF" }));
        var printer = SampleOrders.Zpl(chinese: true) with { ChineseFont = null };

        var zpl = Encoding.ASCII.GetString(renderer.Render(new LabelRequest
        {
            Order = SampleOrders.Chinese(), TrackingNumber = Tracking, Carrier = "ZTO", Printer = printer,
            Template = LabelTemplate.Waybill76x130, Sender = SampleOrders.Sender,
        }).Bytes);

        Assert.Contains(",E:SIMSUN.TTF^FH", zpl, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ChineseNotDeclared_DrawsChineseAsGraphics()
    {
        var label = Render(LabelTemplate.Waybill76x130, SampleOrders.Chinese(), SampleOrders.Zpl(chinese: false));
        var zpl = Encoding.ASCII.GetString(label.Bytes);
        Assert.Contains("^GFA,", zpl, StringComparison.Ordinal);
        Assert.DoesNotContain("E:ANMDS.TTF", zpl, StringComparison.Ordinal);
        Assert.True(label.RasterElements > 0);
    }

    [Fact]
    public void Render_ForceRaster_IsOneGraphicAndManyTimesLarger()
    {
        var native = Render(LabelTemplate.Shipping4x6, SampleOrders.Western(), SampleOrders.Zpl());
        var raster = Render(LabelTemplate.Shipping4x6, SampleOrders.Western(), SampleOrders.Zpl(), forceRaster: true);
        Assert.Single(Occurrences(Encoding.ASCII.GetString(raster.Bytes), "^GFA"));
        Assert.True(raster.Bytes.Length > native.Bytes.Length, $"raster {raster.Bytes.Length} vs native {native.Bytes.Length}");
    }

    [Theory]
    [InlineData("ZT1^XZ")]
    [InlineData("ZT 1")]
    [InlineData("")]
    [InlineData("追踪号")]
    public void Render_BadTrackingNumber_IsAnError(string tracking)
    {
        using var renderer = Renderers.Create();
        Assert.Throws<LabelRenderException>(() => renderer.Render(new LabelRequest
        {
            Order = SampleOrders.Chinese(), TrackingNumber = tracking, Printer = SampleOrders.Zpl(),
        }));
    }

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
            yield return i;
    }
}
