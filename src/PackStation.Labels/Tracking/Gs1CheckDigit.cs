namespace PackStation.Labels.Tracking;

/// <summary>
/// GS1 mod-10 check digit (GTIN, SSCC): from the rightmost data digit leftwards, weights 3, 1, 3, 1 …; the check digit
/// brings the weighted sum up to a multiple of ten.
/// </summary>
public static class Gs1CheckDigit
{
    public static int Compute(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || digits.ContainsAnyExceptInRange('0', '9'))
            throw new ArgumentException("GS1 data must be digits.", nameof(digits));
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }

        return (10 - (sum % 10)) % 10;
    }

    public static bool IsValid(ReadOnlySpan<char> digitsWithCheck) =>
        digitsWithCheck.Length >= 2 && !digitsWithCheck.ContainsAnyExceptInRange('0', '9')
        && Compute(digitsWithCheck[..^1]) == digitsWithCheck[^1] - '0';
}
