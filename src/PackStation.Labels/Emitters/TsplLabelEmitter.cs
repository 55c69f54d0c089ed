using PackStation.Hardware.Printers;
using PackStation.Hardware.Printers.Tspl;
using PackStation.Hardware.Profiles;
using PackStation.Labels.Layout;
using PackStation.Labels.Raster;

namespace PackStation.Labels.Emitters;

/// <summary>
/// TSPL: SIZE/GAP/DIRECTION/CLS, text in the built-in Simplified Chinese font TSS24.BF2 (GBK) when the profile
/// declares Chinese, else ASCII in font "3"; BARCODE 128, QRCODE and BAR natively; BITMAP for anything else.
/// </summary>
public sealed class TsplLabelEmitter : ILabelEmitter
{
    private const int FontCellDots = 24;

    public PrinterLanguage Language => PrinterLanguage.Tspl;

    public EmittedLabel Emit(LabelLayout layout, PrinterSettings printer, ElementRasterizer rasterizer, bool forceRaster)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(printer);
        ArgumentNullException.ThrowIfNull(rasterizer);
        var dotsPerMm = layout.Dpi / 25.4;
        var (widthMm, heightMm) = LabelTemplates.SizeMm(layout.Template);
        var tspl = new TsplBuilder()
            .Size(Math.Min(widthMm, Math.Round(layout.WidthDots / dotsPerMm, 1)), heightMm > 0 ? heightMm : Math.Round(layout.HeightDots / dotsPerMm, 1))
            .Gap(2)
            .Direction(1)
            .Cls();
        if (forceRaster)
        {
            tspl.Bitmap(0, 0, rasterizer.RenderPage(layout));
            return new EmittedLabel(tspl.Print().ToArray(), layout.Elements.Count);
        }

        var chinese = TextPolicy.DeclaresChinese(printer);
        var raster = 0;
        foreach (var element in layout.Elements)
        {
            switch (element)
            {
                case TextElement t when TextPolicy.IsNative(t.Text, printer):
                    var multiplier = Math.Clamp((int)Math.Round(t.HeightDots / (double)FontCellDots), 1, 10);
                    tspl.Text(t.X, t.Y, chinese ? printer.ChineseFont ?? TsplFonts.SimplifiedChinese : TsplFonts.Font3, 0, multiplier, multiplier, t.Text);
                    break;
                case BarcodeElement b when printer.NativeBarcodes:
                    tspl.Code128(b.X, b.Y, b.HeightDots, false, 0, b.ModuleDots, b.Data);
                    break;
                case QrElement q when printer.NativeQr:
                    tspl.QrCode(q.X, q.Y, 'M', Math.Min(q.ModuleDots, 10), 0, q.Data);
                    break;
                case RuleElement r:
                    tspl.Bar(r.X, r.Y, r.RuleWidth, r.RuleHeight);
                    break;
                default:
                    tspl.Bitmap(element.X, element.Y, rasterizer.Render(element));
                    raster++;
                    break;
            }
        }

        return new EmittedLabel(tspl.Print().ToArray(), raster);
    }
}
