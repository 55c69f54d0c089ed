namespace PackStation.Hardware.Printers.EscPos;

/// <summary>
/// A single-byte character table: the number the printer's ESC t takes (vendor specific, so it comes from the
/// profile) and the .NET code page that encodes text for it.
/// </summary>
public sealed record EscPosCodePage(int TableNumber, int CodePage)
{
    /// <summary>Epson numbering.</summary>
    public static EscPosCodePage Pc437 { get; } = new(0, 437);

    public static EscPosCodePage Pc850 { get; } = new(2, 850);

    public static EscPosCodePage Wpc1252 { get; } = new(16, 1252);

    public static EscPosCodePage Pc866 { get; } = new(17, 866);

    public static EscPosCodePage Pc858 { get; } = new(19, 858);
}
