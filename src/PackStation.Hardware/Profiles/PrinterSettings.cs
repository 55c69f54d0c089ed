using PackStation.Hardware.Printers;

namespace PackStation.Hardware.Profiles;

/// <summary>A printer model's language and geometry (extended by the printer drivers).</summary>
public sealed record PrinterSettings
{
    public PrinterLanguage Language { get; init; } = PrinterLanguage.Zpl;

    public int Dpi { get; init; } = 203;

    public int PrintableWidthDots { get; init; } = 812;

    /// <summary>How Chinese text is printed: "gb18030" (native mode or font) or "raster".</summary>
    public string ChineseText { get; init; } = "raster";

    public bool NativeBarcodes { get; init; } = true;

    public bool NativeQr { get; init; } = true;

    public bool Cutter { get; init; }

    /// <summary>How status is asked: "dle-eot" (ESC/POS), "~hs" (ZPL), "esc-!?" (TSPL) or "none".</summary>
    public string StatusCommand { get; init; } = "none";
}
