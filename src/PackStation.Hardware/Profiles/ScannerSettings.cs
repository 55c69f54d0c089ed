using PackStation.Hardware.Scanners;
using PackStation.Hardware.Scanners.Framing;

namespace PackStation.Hardware.Profiles;

/// <summary>A scanner model's protocol settings: how its output is framed and what it means.</summary>
public sealed record ScannerSettings
{
    /// <summary>Text the scanner sends before each code, as configured on the scanner ("" for none).</summary>
    public string Prefix { get; init; } = "";

    /// <summary>"CR", "LF", "CRLF", "TAB" or "none" (then an inter-character timeout ends a scan).</summary>
    public string Suffix { get; init; } = "CR";

    /// <summary>AIM symbology identifiers: "auto", "required" or "off".</summary>
    public string AimIds { get; init; } = "auto";

    /// <summary>Keyboard-wedge layout the scanner types in: "us" is built in; others come from <see cref="KeyMap"/>.</summary>
    public string KeyboardLayout { get; init; } = "us";

    /// <summary>Keyboard-wedge key codes (Linux KEY_*, decimal) mapped to [unshifted, shifted] text, overriding the US layout.</summary>
    public IReadOnlyDictionary<string, string[]>? KeyMap { get; init; }

    /// <summary>The same code again within this window is a double read and dropped (presentation-mode scanners).</summary>
    public TimeSpan DebounceWindow { get; init; } = TimeSpan.Zero;

    /// <summary>With suffix "none", a pause this long ends a scan; with a suffix, a pause of ten times this reports a half scan.</summary>
    public TimeSpan InterCharacterTimeout { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How the model leaves the factory (interface, suffix, AIM ids), for the person setting it up.</summary>
    public IReadOnlyDictionary<string, string>? FactoryDefaults { get; init; }

    /// <summary>What to program on the scanner so it matches this profile, in order.</summary>
    public IReadOnlyList<ScannerProgrammingStep>? Programming { get; init; }

    public ScanSuffix ParsedSuffix => Suffix.ToUpperInvariant() switch
    {
        "CR" => ScanSuffix.CR,
        "LF" => ScanSuffix.LF,
        "CRLF" => ScanSuffix.CRLF,
        "TAB" => ScanSuffix.TAB,
        "NONE" or "" => ScanSuffix.None,
        _ => throw new ArgumentException($"scanner suffix \"{Suffix}\" is not CR, LF, CRLF, TAB or none."),
    };

    public AimMode ParsedAimIds => AimIds.ToUpperInvariant() switch
    {
        "AUTO" => AimMode.Auto,
        "REQUIRED" => AimMode.Required,
        "OFF" => AimMode.Off,
        _ => throw new ArgumentException($"scanner aimIds \"{AimIds}\" is not auto, required or off."),
    };

    /// <summary>How long a half scan may wait for more bytes before it is reported as incomplete.</summary>
    public TimeSpan IdleFlushAfter => ParsedSuffix == ScanSuffix.None
        ? InterCharacterTimeout
        : TimeSpan.FromTicks(Math.Max(InterCharacterTimeout.Ticks * 10, TimeSpan.FromMilliseconds(500).Ticks));
}
