using System.Text;
using PackStation.Labels.Tests.Support;

namespace PackStation.Labels.Tests.Emitters;

/// <summary>TSPL labels: one command per CR LF line, quotes escaped, Chinese in TSS24.BF2 as GB18030.</summary>
public sealed class TsplLabelEmitterTests
{
    private const string Tracking = "ZT75312345678901";
    private static readonly string[] Commands = ["SIZE ", "GAP ", "DIRECTION ", "CLS", "TEXT ", "BARCODE ", "QRCODE ", "BAR ", "BITMAP ", "PRINT "];

    private static RenderedLabel Render(Domain.Orders.Order order, Hardware.Profiles.PrinterSettings printer, LabelTemplate template = LabelTemplate.Waybill100x180)
    {
        using var renderer = Renderers.Create();
        return renderer.Render(new LabelRequest
        {
            Order = order, TrackingNumber = Tracking, Carrier = "ZTO", Printer = printer, Template = template, Sender = SampleOrders.Sender,
        });
    }

    [Fact]
    public void Render_Waybill100x180_SizeBarcodeQrAndPrint()
    {
        var lines = Lines(Render(SampleOrders.Chinese(), SampleOrders.Tspl()).Bytes);
        Assert.Equal("SIZE 100 mm,180 mm", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("BARCODE ", StringComparison.Ordinal) && l.Contains($",\"128\",", StringComparison.Ordinal) && l.EndsWith($"\"{Tracking}\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("QRCODE ", StringComparison.Ordinal) && l.EndsWith($"\"{Tracking}\"", StringComparison.Ordinal));
        Assert.Equal("PRINT 1,1", lines[^1]);
    }

    [Fact]
    public void Render_ChineseDeclared_UsesTheBuiltInChineseFontWithGb18030()
    {
        var label = Render(SampleOrders.Chinese(), SampleOrders.Tspl());
        var text = EscPosStream.Gb18030.GetString(label.Bytes);
        Assert.Contains("\"TSS24.BF2\"", text, StringComparison.Ordinal);
        Assert.Contains("浙江省杭州市西湖区", text, StringComparison.Ordinal);
        Assert.Equal(0, label.RasterElements);
    }

    [Fact]
    public void Render_HostileText_EveryLineIsACommandAndQuotesAreEscaped()
    {
        var order = SampleOrders.Western(SampleOrders.Hostile, SampleOrders.Hostile);
        var label = Render(order, SampleOrders.Tspl(), LabelTemplate.Shipping4x6);
        var lines = Lines(label.Bytes);
        Assert.All(lines, l => Assert.Contains(Commands, c => l.StartsWith(c, StringComparison.Ordinal)));
        Assert.Single(lines, l => l.StartsWith("PRINT ", StringComparison.Ordinal));
        Assert.Single(lines, l => l == "CLS");
        Assert.Contains(lines, l => l.Contains("\"Bob ^XZ^XA~JA \\ \\[\"]q\\[\"]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("CLS@V&END", StringComparison.Ordinal));
        Assert.DoesNotContain(label.Bytes, b => b < 0x20 && b is not (0x0D or 0x0A));
    }

    private static string[] Lines(byte[] bytes)
    {
        var text = EscPosStream.Gb18030.GetString(bytes);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        return text[..^2].Split("\r\n");
    }
}
