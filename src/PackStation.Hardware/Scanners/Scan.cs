namespace PackStation.Hardware.Scanners;

/// <summary>
/// One decoded scan. <see cref="Data"/> is the text without prefix, suffix and AIM identifier; <see cref="Aim"/> the
/// identifier as received ("]C1"); <see cref="Gs1"/> the element string's AIs when the data is GS1. A scan that failed
/// validation has <see cref="Valid"/> false and an <see cref="Error"/>, and is still delivered so nothing is silently lost.
/// </summary>
public sealed record Scan(
    string Data,
    DateTimeOffset ReceivedAt,
    string? Symbology = null,
    string? Aim = null,
    IReadOnlyDictionary<string, string>? Gs1 = null,
    bool Valid = true,
    string? Error = null)
{
    /// <summary>The GTIN in GS1 AI (01), if present.</summary>
    public string? Gtin => Gs1 is not null && Gs1.TryGetValue("01", out var gtin) ? gtin : null;
}
