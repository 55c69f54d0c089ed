namespace PackStation.Hardware.Printers.EscPos;

/// <summary>1D barcode settings: bar height in dots (GS h, 1..255), module width in dots (GS w, 1..6), text position (GS H).</summary>
public sealed record EscPosBarcodeOptions
{
    public int HeightDots { get; init; } = 100;

    public int ModuleWidthDots { get; init; } = 2;

    public EscPosHriPosition Hri { get; init; } = EscPosHriPosition.Below;

    public static EscPosBarcodeOptions Default { get; } = new();

    internal void Validate()
    {
        if (HeightDots is < 1 or > 255)
            throw new ArgumentOutOfRangeException(nameof(HeightDots), HeightDots, "Barcode height must be 1..255 dots (GS h).");
        if (ModuleWidthDots is < 1 or > 6)
            throw new ArgumentOutOfRangeException(nameof(ModuleWidthDots), ModuleWidthDots, "Barcode module width must be 1..6 dots (GS w).");
    }
}
