namespace PackStation.Hardware.Printers.EscPos;

/// <summary>Where the human-readable text of a 1D barcode goes (GS H).</summary>
public enum EscPosHriPosition
{
    None = 0,
    Above = 1,
    Below = 2,
    Both = 3,
}
