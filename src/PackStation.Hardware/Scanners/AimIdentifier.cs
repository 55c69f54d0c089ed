namespace PackStation.Hardware.Scanners;

/// <summary>
/// ISO/IEC 15424 symbology identifiers: "]" + code character + modifier (docs/protocols.md "Barcode scanners"). Knows which
/// identifiers mean GS1 data and which carry an EAN/UPC whose check digit must hold.
/// </summary>
public static class AimIdentifier
{
    /// <summary>Reads an identifier at the start of <paramref name="data"/>.</summary>
    public static bool TryRead(string data, out string aim)
    {
        ArgumentNullException.ThrowIfNull(data);
        aim = "";
        if (data.Length < 3 || data[0] != ']' || !char.IsAsciiLetter(data[1]) || !char.IsAsciiLetterOrDigit(data[2]))
            return false;
        aim = data[..3];
        return true;
    }

    /// <summary>A readable symbology name for an identifier, e.g. "]C1" → "gs1-128".</summary>
    public static string Symbology(string aim)
    {
        ArgumentNullException.ThrowIfNull(aim);
        if (aim.Length != 3)
            return "unknown";
        var modifier = aim[2];
        return aim[1] switch
        {
            'C' => modifier switch { '1' => "gs1-128", '2' => "code128-fnc1-2", _ => "code128" },
            'E' => modifier switch { '4' => "ean-8", '1' or '2' or '3' => "ean-13-addon", _ => "ean-13" },
            'e' => "gs1-databar",
            'I' => "itf",
            'A' => "code39",
            'F' => "codabar",
            'G' => "code93",
            'L' => "pdf417",
            'd' => modifier is '2' or '5' ? "gs1-datamatrix" : "datamatrix",
            'Q' => modifier is '3' or '4' ? "gs1-qr" : "qr",
            'z' => "aztec",
            'J' => modifier == '1' ? "gs1-dotcode" : "dotcode",
            'X' => "other",
            _ => "unknown",
        };
    }

    /// <summary>True when the identifier says the data is a GS1 element string (FNC1 in first position).</summary>
    public static bool IsGs1(string? aim) => aim is "]C1" or "]d2" or "]Q3" or "]J1" or "]e0";

    /// <summary>True for EAN/UPC identifiers, whose data is a GTIN (EAN-13/UPC-A as 13 digits, EAN-8 as 8).</summary>
    public static bool IsEanUpc(string? aim) => aim is not null && aim.Length == 3 && aim[1] == 'E';
}
