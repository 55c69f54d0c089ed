namespace PackStation.Hardware.Printers.EscPos;

/// <summary>How text is encoded: a single-byte table (ESC t, Chinese mode off) or GB18030 in Chinese mode (FS &amp;).</summary>
public sealed record EscPosTextMode
{
    private EscPosTextMode(EscPosCodePage? codePage) => CodePage = codePage;

    /// <summary>Null in Chinese mode.</summary>
    public EscPosCodePage? CodePage { get; }

    public bool IsChinese => CodePage is null;

    public static EscPosTextMode Chinese { get; } = new((EscPosCodePage?)null);

    public static EscPosTextMode SingleByte(EscPosCodePage codePage)
    {
        ArgumentNullException.ThrowIfNull(codePage);
        return new EscPosTextMode(codePage);
    }
}
