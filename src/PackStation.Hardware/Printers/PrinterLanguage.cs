namespace PackStation.Hardware.Printers;

public enum PrinterLanguage
{
    EscPos,
    Zpl,
    Tspl,

    /// <summary>
    /// Not a byte language: a platform's print component (Cainiao, Pinduoduo, Douyin) on the bench PC prints the
    /// e-waybill from the platform's encrypted print data (Printers/Component).
    /// </summary>
    Component,
}
