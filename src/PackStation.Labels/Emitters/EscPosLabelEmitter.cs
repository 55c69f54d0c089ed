using PackStation.Hardware.Printers;
using PackStation.Hardware.Printers.EscPos;
using PackStation.Hardware.Profiles;
using PackStation.Labels.Layout;
using PackStation.Labels.Raster;

namespace PackStation.Labels.Emitters;

/// <summary>
/// ESC/POS prints one thing per line, top to bottom (the templates lay out receipt printers that way): text in
/// GB18030 Chinese mode when the profile declares it (else the profile's single-byte code table for ASCII), sizes by GS !, Code 128 by GS k, QR by
/// GS ( k, and GS v 0 raster bands for rules and anything the printer cannot draw. Ends with a feed and, with a
/// cutter, a partial cut.
/// </summary>
public sealed class EscPosLabelEmitter : ILabelEmitter
{
    private const int FontCellDots = 24;

    public PrinterLanguage Language => PrinterLanguage.EscPos;

    public EmittedLabel Emit(LabelLayout layout, PrinterSettings printer, ElementRasterizer rasterizer, bool forceRaster)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(printer);
        ArgumentNullException.ThrowIfNull(rasterizer);
        var mode = TextPolicy.DeclaresChinese(printer) ? EscPosTextMode.Chinese : EscPosTextMode.SingleByte(new EscPosCodePage(printer.CodeTable, printer.CodePage));
        var pos = new EscPosBuilder(mode, printer.PrintableWidthDots).Initialize();
        var raster = 0;
        if (forceRaster)
        {
            pos.RasterImage(rasterizer.RenderPage(layout), printer.RasterBandRows);
            return new EmittedLabel(Finish(pos, printer), layout.Elements.Count);
        }

        var lineSpacing = 0;
        var previousBottom = layout.Elements.Count > 0 ? layout.Elements[0].Y : 0;
        foreach (var element in layout.Elements.OrderBy(e => e.Y))
        {
            var gap = element.Y - previousBottom - lineSpacing;
            if (gap > 0)
                pos.FeedDots(Math.Min(gap, 255));
            lineSpacing = 0;
            switch (element)
            {
                case TextElement t when TextPolicy.IsNative(t.Text, printer):
                    var multiplier = Math.Clamp((int)Math.Round(t.HeightDots / (double)FontCellDots), 1, 8);
                    pos.Align(t.Centered ? EscPosAlignment.Center : EscPosAlignment.Left).Size(multiplier, multiplier)
                        .Line(t.Text).Size(1, 1);
                    lineSpacing = 6 * multiplier; // the default line spacing adds about 6 dots per line below the cell
                    break;
                case BarcodeElement b when printer.NativeBarcodes:
                    pos.Align(EscPosAlignment.Center)
                        .Code128(b.Data, new EscPosBarcodeOptions { HeightDots = Math.Min(b.HeightDots, 255), ModuleWidthDots = b.ModuleDots, Hri = EscPosHriPosition.None })
                        .NewLine();
                    break;
                case QrElement q when printer.NativeQr:
                    pos.Align(EscPosAlignment.Center).Qr(q.Data, Math.Min(q.ModuleDots, 16)).NewLine();
                    break;
                default:
                    var image = rasterizer.Render(element);
                    var placed = new MonoBitmap(Math.Min(element.X + image.Width, printer.PrintableWidthDots), image.Height);
                    ElementRasterizer.Blit(placed, image, element.X, 0);
                    pos.Align(EscPosAlignment.Left).RasterImage(placed, printer.RasterBandRows);
                    if (element is not RuleElement)
                        raster++;
                    break;
            }

            previousBottom = element.Bottom;
        }

        return new EmittedLabel(Finish(pos, printer), raster);
    }

    private static byte[] Finish(EscPosBuilder pos, PrinterSettings printer)
    {
        pos.FeedLines(3);
        if (printer.Cutter)
            pos.Cut(EscPosCut.Partial);
        return pos.ToArray();
    }
}
