using PackStation.Hardware.Printers;

namespace PackStation.Hardware.Profiles;

/// <summary>A printer model's language, geometry, text support and how to ask its status.</summary>
public sealed record PrinterSettings
{
    public PrinterLanguage Language { get; init; } = PrinterLanguage.Zpl;

    public int Dpi { get; init; } = 203;

    public int PrintableWidthDots { get; init; } = 812;

    /// <summary>How Chinese text is printed: "gb18030" (native mode or font) or "raster".</summary>
    public string ChineseText { get; init; } = "raster";

    /// <summary>The resident Chinese font for TSPL/ZPL text (e.g. "TSS24.BF2"); null when none.</summary>
    public string? ChineseFont { get; init; }

    public bool NativeBarcodes { get; init; } = true;

    public bool NativeQr { get; init; } = true;

    public bool Cutter { get; init; }

    /// <summary>How status is asked: "dle-eot" (ESC/POS), "~hs" (ZPL), "esc-!?" (TSPL) or "none".</summary>
    public string StatusCommand { get; init; } = "none";

    /// <summary>ESC/POS: the number ESC t takes for the single-byte table (vendor specific; Epson 0 = PC437).</summary>
    public int CodeTable { get; init; }

    /// <summary>ESC/POS: the .NET code page of that table (437, 850, 858, 1252, 866 …).</summary>
    public int CodePage { get; init; } = 437;

    /// <summary>How long a status reply may take before the printer counts as offline.</summary>
    public TimeSpan StatusTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Keep the TCP connection open between jobs (otherwise one connection per job).</summary>
    public bool KeepAlive { get; init; }

    /// <summary>ESC/POS raster images are sent in bands of at most this many rows.</summary>
    public int RasterBandRows { get; init; } = 128;

    /// <summary>Rated print speed (vendor datasheet), for throughput estimates.</summary>
    public int? SpeedMmPerSecond { get; init; }

    /// <summary>Language Component: the platform print component's ports and timeouts.</summary>
    public ComponentSettings? Component { get; init; }

    /// <summary>Label or paper width in millimetres the model takes at most.</summary>
    public int? MaxMediaWidthMm { get; init; }
}
