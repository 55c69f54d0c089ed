using System.Globalization;

namespace PackStation.Labels.Tracking;

/// <summary>
/// GS1 Serial Shipping Container Code: 18 digits = extension digit + company prefix + serial reference (filling up to
/// 17 digits) + mod-10 check digit. On a label it is GS1-128 with application identifier (00).
/// </summary>
public static class Sscc
{
    public const int Length = 18;

    public static string Create(int extensionDigit, string companyPrefix, long serialReference)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(extensionDigit, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(extensionDigit, 9);
        ArgumentNullException.ThrowIfNull(companyPrefix);
        if (companyPrefix.Length is < 7 or > 10 || companyPrefix.AsSpan().ContainsAnyExceptInRange('0', '9'))
            throw new ArgumentException("A GS1 company prefix is 7 to 10 digits.", nameof(companyPrefix));
        var serialDigits = Length - 2 - companyPrefix.Length;
        ArgumentOutOfRangeException.ThrowIfNegative(serialReference);
        var serial = serialReference.ToString(CultureInfo.InvariantCulture);
        if (serial.Length > serialDigits)
            throw new ArgumentOutOfRangeException(nameof(serialReference), serialReference,
                $"A company prefix of {companyPrefix.Length} digits leaves {serialDigits} digits for serial references.");
        var body = string.Concat(extensionDigit.ToString(CultureInfo.InvariantCulture), companyPrefix, serial.PadLeft(serialDigits, '0'));
        return body + Gs1CheckDigit.Compute(body).ToString(CultureInfo.InvariantCulture);
    }

    public static bool IsValid(string? sscc) => sscc is { Length: Length } && Gs1CheckDigit.IsValid(sscc);
}
