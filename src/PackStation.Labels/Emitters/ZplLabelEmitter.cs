using PackStation.Hardware.Printers;
using PackStation.Hardware.Printers.Zpl;
using PackStation.Hardware.Profiles;
using PackStation.Labels.Layout;
using PackStation.Labels.Raster;

namespace PackStation.Labels.Emitters;

/// <summary>
/// ZPL II: one format with ^CI28, ^PW/^LL from the layout, text in font 0 (or the printer's CJK font when the
/// profile declares Chinese: its chineseFont, else Labels:ZplCjkFont), ^BC and ^BQ where the profile says the printer draws barcodes, ^GF images otherwise.
/// </summary>
public sealed class ZplLabelEmitter(string cjkFont) : ILabelEmitter
{
    public PrinterLanguage Language => PrinterLanguage.Zpl;

    public EmittedLabel Emit(LabelLayout layout, PrinterSettings printer, ElementRasterizer rasterizer, bool forceRaster)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(printer);
        ArgumentNullException.ThrowIfNull(rasterizer);
        var zpl = new ZplBuilder().StartFormat().Utf8().PrintWidth(layout.WidthDots).LabelLength(layout.HeightDots).LabelHome(0, 0);
        var raster = 0;
        if (forceRaster)
        {
            var page = rasterizer.RenderPage(layout);
            zpl.Graphic(0, 0, page.Width, page.Height, page.Bits);
            return new EmittedLabel(zpl.Quantity(1).EndFormat().ToBytes(), layout.Elements.Count);
        }

        foreach (var element in layout.Elements)
        {
            switch (element)
            {
                case TextElement t when TextPolicy.IsNative(t.Text, printer):
                    if (TextMeasure.ContainsWide(t.Text))
                        zpl.Text(t.X, t.Y, CjkFont(printer), t.HeightDots, t.HeightDots, t.Text);
                    else
                        zpl.Text(t.X, t.Y, t.HeightDots, t.HeightDots, t.Text);
                    break;
                case BarcodeElement b when printer.NativeBarcodes:
                    zpl.Code128(b.X, b.Y, b.Data, b.HeightDots, b.ModuleDots, interpretationLine: false);
                    break;
                case QrElement q when printer.NativeQr:
                    zpl.Qr(q.X, q.Y, q.Data, Math.Min(q.ModuleDots, 10));
                    break;
                case RuleElement r:
                    zpl.Box(r.X, r.Y, r.RuleWidth, r.RuleHeight, Math.Min(r.RuleWidth, r.RuleHeight));
                    break;
                default:
                    var image = rasterizer.Render(element);
                    zpl.Graphic(element.X, element.Y, image.Width, image.Height, image.Bits);
                    raster++;
                    break;
            }
        }

        return new EmittedLabel(zpl.Quantity(1).EndFormat().ToBytes(), raster);
    }

    /// <summary>
    /// The font for ^A@ (format <c>^A@o,h,w,d:o.x</c>, ZPL II Programming Guide): the profile's chineseFont, else
    /// Labels:ZplCjkFont. A name without a drive gets E: (flash, where downloaded fonts such as Zebra's ANMDS.TTF are
    /// stored); ZPL's own default drive R: is RAM, empty after a power cycle.
    /// </summary>
    private string CjkFont(PrinterSettings printer) => OnDrive(printer.ChineseFont is { Length: > 0 } font ? font : cjkFont);

    private static string OnDrive(string font) => font.Length > 1 && font[1] == ':' ? font : "E:" + font;
}
