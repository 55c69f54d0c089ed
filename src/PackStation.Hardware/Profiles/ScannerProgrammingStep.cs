namespace PackStation.Hardware.Profiles;

/// <summary>
/// One setting to program on a scanner: what it does, the vendor's name for it, and how — a menu command
/// (e.g. Honeywell "SUFBK2990D") or the programming bar code to scan from the named guide.
/// </summary>
public sealed record ScannerProgrammingStep
{
    public required string Setting { get; init; }

    public string? Value { get; init; }

    /// <summary>A serial/menu command, when the scanner accepts one.</summary>
    public string? Command { get; init; }

    /// <summary>Where to find the programming bar code (guide and section).</summary>
    public string? Source { get; init; }
}
