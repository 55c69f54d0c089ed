namespace PackStation.Hardware.Printers.Tspl;

/// <summary>Built-in TSPL font names.</summary>
public static class TsplFonts
{
    /// <summary>The resident Simplified Chinese 24x24 font (GB2312/GBK text), on TSC and most Chinese TSPL printers.</summary>
    public const string SimplifiedChinese = "TSS24.BF2";

    /// <summary>Resident bitmap fonts "1" (8x12) … "5" (32x48).</summary>
    public const string Font3 = "3";

    public const string Roman = "ROMAN.TTF";
}
