namespace PackStation.Hardware.Printers;

/// <summary>The stable fault slugs in <see cref="PrinterStatus.Fault"/>, shown on the station screen and in <c>/api/stats</c>.</summary>
public static class PrinterFaults
{
    public const string PaperOut = "paper-out";
    public const string CoverOpen = "cover-open";
    public const string HeadError = "head-error";
    public const string CutterError = "cutter-error";
    public const string Offline = "offline";
    public const string Paused = "paused";
    public const string RibbonOut = "ribbon-out";
}
