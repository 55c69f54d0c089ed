namespace PackStation.Hardware.Profiles;

/// <summary>A scanner model's protocol settings (extended by the scanner drivers).</summary>
public sealed record ScannerSettings
{
    /// <summary>Text the scanner sends before each code, as configured on the scanner ("" for none).</summary>
    public string Prefix { get; init; } = "";

    /// <summary>"CR", "LF", "CRLF", "TAB" or "none" (then an inter-character timeout ends a scan).</summary>
    public string Suffix { get; init; } = "CR";

    /// <summary>AIM symbology identifiers: "auto", "required" or "off".</summary>
    public string AimIds { get; init; } = "auto";

    public string KeyboardLayout { get; init; } = "us";

    public TimeSpan DebounceWindow { get; init; } = TimeSpan.Zero;

    public TimeSpan InterCharacterTimeout { get; init; } = TimeSpan.FromMilliseconds(50);
}
