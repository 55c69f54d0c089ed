using System.Globalization;
using PackStation.Hardware.Printers;
using PackStation.Hardware.Profiles;

namespace PackStation.Labels.Layout;

/// <summary>
/// The page a template lays out on, from the printer profile: dots per millimetre from its dpi, width the smaller of
/// the template's and the printable width, the page height (0 for receipt paper), and how wide a narrow character is
/// relative to its height in the printer's font (CJK characters are square).
/// </summary>
public sealed record LabelGeometry(LabelTemplate Template, int Dpi, int WidthDots, int HeightDots, double NarrowCharRatio, bool FlowOnly)
{
    /// <summary>
    /// A label is laid out narrower than its stock by at most a tenth on a label printer; a 100 mm label on a printer
    /// for 58 mm labels is refused. Receipt printers take any template on their paper, as long as its content.
    /// </summary>
    public const double MinWidthShare = 0.9;

    public double DotsPerMm => Dpi / 25.4;

    public int Mm(double millimetres) => (int)Math.Round(millimetres * DotsPerMm);

    /// <summary>Margin on every side: 2 mm.</summary>
    public int Margin => Mm(2);

    /// <summary>A text height that stays legible at both 203 and 300 dpi: a multiple of 24 dots at 203 dpi, scaled.</summary>
    public int TextHeight(int step) => (int)Math.Round(24 * step * Dpi / 203.0);

    public static LabelGeometry For(LabelTemplate template, PrinterSettings printer)
    {
        ArgumentNullException.ThrowIfNull(printer);
        if (printer.Dpi is < 100 or > 600)
            throw new LabelRenderException($"A printer resolution of {printer.Dpi} dpi is not supported (100..600).");
        var (widthMm, heightMm) = LabelTemplates.SizeMm(template);
        var dpmm = printer.Dpi / 25.4;
        var width = Math.Min((int)Math.Round(widthMm * dpmm), printer.PrintableWidthDots);
        if (width < 200)
            throw new LabelRenderException($"A printable width of {printer.PrintableWidthDots} dots is too narrow for a label.");
        // Receipt printers (ESC/POS) print on continuous paper and cut after the content: every template flows there.
        var flow = printer.Language == PrinterLanguage.EscPos;
        if (!flow && heightMm > 0 && printer.PrintableWidthDots < widthMm * dpmm * MinWidthShare)
            throw new LabelRenderException(string.Create(CultureInfo.InvariantCulture,
                $"A {LabelTemplates.Name(template)} label is {widthMm:0.#} mm wide; this printer prints {printer.PrintableWidthDots / dpmm:0.#} mm. Choose a printer for {widthMm:0.#} mm labels or a narrower template."));
        var height = flow ? 0 : (int)Math.Round(heightMm * dpmm);
        var ratio = printer.Language switch
        {
            PrinterLanguage.Zpl => 0.55,     // font 0 at w = h averages about half its height
            PrinterLanguage.Tspl => 0.67,    // font "3" is 16 x 24; TSS24.BF2's ASCII is 12 x 24
            _ => 0.5,                        // ESC/POS font A is 12 x 24
        };
        return new LabelGeometry(template, printer.Dpi, width, height, ratio, FlowOnly: flow);
    }
}
