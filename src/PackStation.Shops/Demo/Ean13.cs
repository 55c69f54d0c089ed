using System.Globalization;

namespace PackStation.Shops.Demo;

/// <summary>Makes EAN-13 codes with a correct GS1 mod-10 check digit.</summary>
public static class Ean13
{
    /// <summary>Appends the check digit to 12 digits.</summary>
    public static string Complete(string twelveDigits)
    {
        ArgumentNullException.ThrowIfNull(twelveDigits);
        if (twelveDigits.Length != 12 || !twelveDigits.All(char.IsAsciiDigit))
            throw new ArgumentException("An EAN-13 body is 12 digits.", nameof(twelveDigits));
        var sum = 0;
        for (var i = 0; i < 12; i++)
            sum += (twelveDigits[i] - '0') * (i % 2 == 0 ? 1 : 3);
        return twelveDigits + ((10 - sum % 10) % 10).ToString(CultureInfo.InvariantCulture);
    }
}
