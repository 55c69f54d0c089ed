using System.Text;
using PackStation.Labels.Raster;
using PackStation.Labels.Tests.Support;
using PackStation.TestKit;

namespace PackStation.Labels.Tests.Emitters;

/// <summary>ESC/POS labels: Code 128 carries the tracking number, Chinese survives as GB18030, hostile text stays text.</summary>
public sealed class EscPosLabelEmitterTests
{
    private const string Tracking = "ZT75312345678901";

    private static RenderedLabel Render(LabelTemplate template, Domain.Orders.Order order, Hardware.Profiles.PrinterSettings printer)
    {
        using var renderer = Renderers.Create();
        return renderer.Render(new LabelRequest
        {
            Order = order, TrackingNumber = Tracking, Carrier = "ZTO", Printer = printer, Template = template, Sender = SampleOrders.Sender,
        });
    }

    [Fact]
    public void Render_Waybill_Code128CarriesTheTrackingNumber()
    {
        var label = Render(LabelTemplate.Waybill76x130, SampleOrders.Chinese(), SampleOrders.EscPos());
        Assert.Equal([Tracking], EscPosStream.Code128(label.Bytes));
        Assert.Equal(0x1B, label.Bytes[0]);
        Assert.Equal(0x40, label.Bytes[1]);
    }

    [Fact]
    public void Render_Waybill_ChineseAddressSurvivesAsGb18030()
    {
        var label = Render(LabelTemplate.Waybill76x130, SampleOrders.Chinese(), SampleOrders.EscPos());
        Assert.True(EscPosStream.Count(label.Bytes, 0x1C, 0x26) >= 1, "FS & (Chinese mode) is sent");
        var decoded = EscPosStream.Gb18030.GetString(label.Bytes);
        Assert.Contains("浙江省杭州市西湖区文三路90号3单元501", decoded, StringComparison.Ordinal);
        Assert.Contains("收 张**  138****5678", decoded, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", decoded, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PackingSlipWithHostileText_PrintsItLiterallyWithoutCommands()
    {
        var order = SampleOrders.Chinese(SampleOrders.Hostile, SampleOrders.Hostile) with
        {
            Lines = [new Domain.Orders.OrderLine("SKU\u001B@", SampleOrders.Hostile, 1)],
        };
        var label = Render(LabelTemplate.PackingSlip80, order, SampleOrders.EscPos());
        var bytes = label.Bytes;
        Assert.Equal(1, EscPosStream.Count(bytes, 0x1B, 0x40));          // ESC @ only at the start
        Assert.Equal(1, EscPosStream.Count(bytes, 0x1D, 0x56));          // GS V: the one cut at the end
        Assert.Equal(0, EscPosStream.Count(bytes, 0x10, 0x04));          // no DLE EOT from the text
        var decoded = EscPosStream.Gb18030.GetString(bytes);
        Assert.Contains("Bob ^XZ^XA~JA \\ \"q\" 'x' _5E CLS@V&END", decoded, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RasterBarcodes_BandsScanWithZbarimg()
    {
        using var dir = new TempDirectory();
        var label = Render(LabelTemplate.Waybill76x130, SampleOrders.Chinese(), SampleOrders.EscPos(chinese: false, nativeBarcodes: false));
        Assert.Empty(EscPosStream.Code128(label.Bytes));
        File.WriteAllBytes(dir.File("r.png"), PngWriter.Write(Padded(EscPosStream.Raster(label.Bytes))));
        var symbols = ExternalTools.ZbarTyped(dir.File("r.png"));
        Assert.Contains($"CODE-128:{Tracking}", symbols);
        Assert.Contains($"QR-Code:{Tracking}", symbols);
    }

    [Fact]
    public void Render_ChineseNotDeclared_SendsNoChineseModeAndRastersChineseLines()
    {
        var label = Render(LabelTemplate.Waybill76x130, SampleOrders.Chinese(), SampleOrders.EscPos(chinese: false));
        Assert.Equal(0, EscPosStream.Count(label.Bytes, 0x1C, 0x26));
        Assert.DoesNotContain("浙江", EscPosStream.Gb18030.GetString(label.Bytes), StringComparison.Ordinal);
        Assert.True(label.RasterElements > 0);
        Assert.Equal([Tracking], EscPosStream.Code128(label.Bytes));
    }

    private static Hardware.Printers.MonoBitmap Padded(Hardware.Printers.MonoBitmap image)
    {
        var padded = new Hardware.Printers.MonoBitmap(image.Width + 80, image.Height + 80);
        ElementRasterizer.Blit(padded, image, 40, 40);
        return padded;
    }
}
