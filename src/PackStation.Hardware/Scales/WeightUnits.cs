using System.Globalization;

namespace PackStation.Hardware.Scales;

/// <summary>
/// Exact conversions to grams. 1 lb = 453.59237 g (international avoirdupois pound, exact by definition);
/// 1 oz = 1/16 lb = 28.349523125 g. Units are named as the scales print them ("kg", "g", "lb", "oz", "t").
/// </summary>
public static class WeightUnits
{
    public const decimal GramsPerPound = 453.59237m;
    public const decimal GramsPerOunce = 28.349523125m;

    /// <summary>The canonical name of a unit as scales print it, or null when unknown ("LB " → "lb").</summary>
    public static string? Normalize(string? unit)
    {
        var u = unit?.Trim().ToLowerInvariant();
        return u switch
        {
            "g" or "gram" or "grams" => "g",
            "kg" or "kilogram" or "kilograms" => "kg",
            "lb" or "lbs" or "pound" or "pounds" => "lb",
            "oz" or "ounce" or "ounces" => "oz",
            "t" or "tonne" => "t",
            "mg" => "mg",
            "lb-oz" => "lb-oz",
            _ => null,
        };
    }

    /// <summary>Grams for <paramref name="value"/> in <paramref name="unit"/>; false for an unknown unit.</summary>
    public static bool TryToGrams(decimal value, string? unit, out decimal grams)
    {
        grams = 0;
        var factor = Normalize(unit) switch
        {
            "g" => 1m,
            "kg" => 1000m,
            "lb" => GramsPerPound,
            "oz" => GramsPerOunce,
            "t" => 1_000_000m,
            "mg" => 0.001m,
            _ => (decimal?)null,
        };
        if (factor is null)
            return false;
        try
        {
            grams = value * factor.Value;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>Parses a plain decimal weight field ("  -12.50", "0013.5", "+0001.25"); no exponent, no thousands.</summary>
    public static bool TryParseNumber(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        var t = text.Trim();
        if (t.IsEmpty || t.Length > 20)
            return false;
        var sign = 1m;
        if (t[0] is '+' or '-')
        {
            sign = t[0] == '-' ? -1m : 1m;
            t = t[1..].TrimStart();
        }

        var digits = 0;
        var points = 0;
        foreach (var c in t)
        {
            if (c is >= '0' and <= '9')
                digits++;
            else if (c == '.')
                points++;
            else
                return false;
        }

        if (digits == 0 || points > 1)
            return false;
        if (!decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var magnitude))
            return false;
        value = sign * magnitude;
        return true;
    }

    /// <summary>Parses a pounds-and-ounces display ("12lb 3.5oz", " 0 lb  4.2 oz") into grams.</summary>
    public static bool TryParseLbOz(ReadOnlySpan<char> text, out decimal grams)
    {
        grams = 0;
        var t = text.Trim();
        var lb = t.IndexOf("lb", StringComparison.OrdinalIgnoreCase);
        if (lb <= 0 || !t.EndsWith("oz", StringComparison.OrdinalIgnoreCase))
            return false;
        var ozText = t[(lb + 2)..^2];
        if (!TryParseNumber(t[..lb], out var pounds) || !TryParseNumber(ozText, out var ounces))
            return false;
        if (ounces < 0 || ozText.Trim()[0] is '-' or '+')
            return false;
        var sign = pounds < 0 || t[0] == '-' ? -1m : 1m;
        grams = (Math.Abs(pounds) * GramsPerPound + ounces * GramsPerOunce) * sign;
        return true;
    }
}
