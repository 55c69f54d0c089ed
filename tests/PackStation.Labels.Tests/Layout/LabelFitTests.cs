using PackStation.Hardware.Printers;
using PackStation.Hardware.Profiles;
using PackStation.Labels.Layout;
using PackStation.Labels.Raster;
using PackStation.Labels.Tests.Support;

namespace PackStation.Labels.Tests.Layout;

/// <summary>
/// Every printer profile shipped in hardware-profiles/ with every template, for the longest realistic Chinese order:
/// each text run is measured twice (the printers' font model and the CJK font's own advance widths, as SkiaSharp
/// draws it) against the label's width, nothing lies below the page, and what a courier needs is there whole.
/// </summary>
public sealed class LabelFitTests : IDisposable
{
    private static readonly Lazy<ProfileLibrary> Profiles = new(() => ProfileLibrary.Load(ProfileLibrary.FindDefaultDirectory()!));
    private readonly TextRasterizer _font = new(CjkFontLocator.Load(null));

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        // Print components render the platform's own e-waybill: PackStation lays out no label for them.
        foreach (var profile in Profiles.Value.All.Where(p => p.Kind == DeviceKind.Printer && p.Printer?.Language != Hardware.Printers.PrinterLanguage.Component))
            foreach (var template in LabelTemplates.Names)
                data.Add(profile.Id, template);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_LongestChineseOrder_EveryTextRunFitsAndNothingACourierNeedsIsCut(string profileId, string templateName)
    {
        Assert.True(LabelTemplates.TryParse(templateName, out var template));
        var printer = Profiles.Value.Get(DeviceKind.Printer, profileId).Printer!;
        using var renderer = Renderers.Create();
        var request = new LabelRequest
        {
            Order = LongestOrder.Create(), TrackingNumber = LongestOrder.Tracking, Carrier = "ZTO", Sender = LongestOrder.Sender,
            Printer = printer, Template = template, RoutingCode = template == LabelTemplate.Waybill100x180 ? "300-W01 021" : null,
        };
        var (widthMm, heightMm) = LabelTemplates.SizeMm(template);
        if (heightMm > 0 && printer.Language != PrinterLanguage.EscPos && printer.PrintableWidthDots * 25.4 / printer.Dpi < widthMm * 0.9)
        {
            // A label much wider than a label printer's stock is refused with a reason, not squeezed.
            var refused = Assert.Throws<LabelRenderException>(() => renderer.Render(request));
            Assert.Contains("mm wide", refused.Message, StringComparison.Ordinal);
            return;
        }

        var label = renderer.Render(request);

        var layout = label.Layout;
        var texts = layout.Elements.OfType<TextElement>().ToList();
        foreach (var run in texts)
        {
            var drawn = _font.MeasureWidth(run.Text, run.HeightDots);
            var model = TextMeasure.Width(run.Text, run.HeightDots, LabelGeometry.For(template, printer).NarrowCharRatio);
            Assert.True(run.X >= 0 && run.X + Math.Max(drawn, model) <= layout.WidthDots,
                $"\"{run.Text}\" at x={run.X} is {Math.Max(drawn, model)} dots wide; the label is {layout.WidthDots}.");
        }

        Assert.All(layout.Elements, e => Assert.True(e.X >= 0 && e.X + e.Width <= layout.WidthDots && e.Bottom <= layout.HeightDots,
            $"{e.GetType().Name} at ({e.X},{e.Y}) {e.Width}x{e.Height} is outside {layout.WidthDots}x{layout.HeightDots}."));
        var all = string.Concat(texts.Select(t => t.Text)).Replace(" ", "", StringComparison.Ordinal);
        var masked = template is LabelTemplate.Waybill76x130 or LabelTemplate.Waybill100x180;
        Assert.Contains(LongestOrder.OrderId, all, StringComparison.Ordinal);
        Assert.Contains("2026-11-2809:30", all, StringComparison.Ordinal);
        Assert.Contains(LongestOrder.Tracking, all, StringComparison.Ordinal);
        if (template == LabelTemplate.PackingSlip80)
        {
            Assert.Contains("装箱单", all, StringComparison.Ordinal);
            Assert.Contains("PACKINGSLIP", all, StringComparison.Ordinal);
            return;
        }

        Assert.Contains(masked ? "138****5678" : LongestOrder.Phone, all, StringComparison.Ordinal);
        Assert.Contains(LongestOrder.Address, all, StringComparison.Ordinal);
        Assert.Contains(LongestOrder.Sender.Phone, all, StringComparison.Ordinal);
        Assert.Contains(LongestOrder.Sender.Address, all, StringComparison.Ordinal);
        var goods = texts.FindIndex(t => t.Text.StartsWith("物品", StringComparison.Ordinal) || t.Text.StartsWith("Contents", StringComparison.Ordinal));
        var shortened = Enumerable.Range(0, texts.Count).Where(i => texts[i].Text.EndsWith("...", StringComparison.Ordinal));
        Assert.All(shortened,
            i => Assert.True(goods >= 0 && i >= goods && i < goods + 4, $"\"{texts[i].Text}\" is cut short; only the goods list may be."));
    }

    [Fact]
    public void Render_100x180_HasSortCodeRecipientSenderAndTheCouriersStub()
    {
        using var renderer = Renderers.Create();

        var layout = renderer.Render(new LabelRequest
        {
            Order = SampleOrders.Chinese(), TrackingNumber = LongestOrder.Tracking, Carrier = "ZTO", Sender = SampleOrders.Sender,
            Printer = SampleOrders.Zpl(), Template = LabelTemplate.Waybill100x180, RoutingCode = "300-W01 021",
        }).Layout;

        var texts = layout.Elements.OfType<TextElement>().ToList();
        var sortCode = Assert.Single(texts, t => t.Text == "300-W01 021");
        Assert.True(sortCode.HeightDots >= texts.Max(t => t.HeightDots), "the sort code is the largest text");
        var stub = Assert.Single(texts, t => t.Text.StartsWith("存根联", StringComparison.Ordinal));
        Assert.True(stub.Y > layout.HeightDots * 3 / 5, "the stub is in the lower part");
        var barcodes = layout.Elements.OfType<BarcodeElement>().ToList();
        Assert.Equal(2, barcodes.Count);
        Assert.All(barcodes, b => Assert.Equal(LongestOrder.Tracking, b.Data));
        Assert.Contains(texts, t => t.Y > stub.Y && t.Text.StartsWith("收 ", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Y > stub.Y && t.Text.StartsWith("寄 ", StringComparison.Ordinal));
        Assert.Equal(2, texts.Count(t => t.Text.StartsWith("收 ", StringComparison.Ordinal)));
    }

    public void Dispose() => _font.Dispose();
}
