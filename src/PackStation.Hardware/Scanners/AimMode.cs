namespace PackStation.Hardware.Scanners;

/// <summary>How AIM symbology identifiers are expected (profile <c>aimIds</c>).</summary>
public enum AimMode
{
    /// <summary>Recognised and removed when present.</summary>
    Auto,

    /// <summary>Every scan must start with one; a scan without is invalid (the scanner lost its configuration).</summary>
    Required,

    /// <summary>Never looked for: data starting with "]" is kept as it is.</summary>
    Off,
}
