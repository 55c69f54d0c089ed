namespace PackStation.Hardware.Printers.EscPos;

public enum EscPosAlignment
{
    Left = 0,
    Center = 1,
    Right = 2,
}
