using PackStation.Hardware.Scanners.Gs1;

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
    /// <summary>
    /// The GTIN as 14 digits: GS1 AI (01), or the EAN/UPC code itself when the AIM identifier says EAN/UPC
    /// (]E0, ]E3, ]E4). Null for invalid scans and for codes that carry no GTIN.
    /// </summary>
    public string? Gtin => !Valid ? null
        : Gs1 is not null && Gs1.TryGetValue("01", out var gtin) ? gtin
        : GtinOf(Aim, Data) is { } ean && Gs1CheckDigit.IsValid(ean) ? Gs1CheckDigit.ToGtin14(ean) : null;

    /// <summary>The GTIN digits of EAN/UPC data (an add-on after EAN-13/UPC-A is cut off); null otherwise.</summary>
    public static string? GtinOf(string? aim, string data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!AimIdentifier.IsEanUpc(aim) || !data.All(char.IsAsciiDigit))
            return null;
        return aim switch
        {
            "]E4" => data.Length == 8 ? data : null,
            "]E0" => data.Length is 12 or 13 ? data : null,
            "]E3" => data.Length is 15 or 18 ? data[..13] : data.Length is 14 or 17 ? data[..12] : null,
            _ => null,
        };
    }
}
