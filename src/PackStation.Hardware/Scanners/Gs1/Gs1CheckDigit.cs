namespace PackStation.Hardware.Scanners.Gs1;

/// <summary>
/// The GS1 mod-10 check digit of GTIN-8/12/13/14, SSCC-18 and GLN-13: from the rightmost data digit leftwards, weights
/// 3, 1, 3, 1…; check = (10 − sum mod 10) mod 10 (docs/protocols.md "Barcode scanners").
/// </summary>
public static class Gs1CheckDigit
{
    /// <summary>The check digit for <paramref name="digits"/> (without their check digit); null when a character is not a digit.</summary>
    public static int? Compute(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var weight = 3;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (d is < 0 or > 9)
                return null;
            sum += d * weight;
            weight = 4 - weight;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>True when the last digit is the check digit of the others (at least two digits, digits only).</summary>
    public static bool IsValid(ReadOnlySpan<char> digitsWithCheck) =>
        digitsWithCheck.Length >= 2
        && Compute(digitsWithCheck[..^1]) is { } check
        && digitsWithCheck[^1] - '0' == check;

    /// <summary>Checks a GTIN-8, -12, -13 or -14; the error says what is wrong.</summary>
    public static bool TryValidateGtin(string code, out string? error)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length is not (8 or 12 or 13 or 14) || !code.All(char.IsAsciiDigit))
        {
            error = $"\"{code}\" is not a GTIN (8, 12, 13 or 14 digits)";
            return false;
        }

        if (!IsValid(code))
        {
            error = $"GTIN {code} has check digit {code[^1]}, expected {Compute(code.AsSpan(0, code.Length - 1))}";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>Left-pads a GTIN to 14 digits, the form to compare and store.</summary>
    public static string ToGtin14(string gtin)
    {
        ArgumentNullException.ThrowIfNull(gtin);
        return gtin.PadLeft(14, '0');
    }
}
