namespace PackStation.Hardware.Printers;

public enum PrinterLanguage
{
    EscPos,
    Zpl,
    Tspl,
}
