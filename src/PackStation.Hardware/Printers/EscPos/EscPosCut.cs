namespace PackStation.Hardware.Printers.EscPos;

public enum EscPosCut
{
    Full = 0,
    Partial = 1,
}
