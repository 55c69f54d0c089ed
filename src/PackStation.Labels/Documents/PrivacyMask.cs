using System.Globalization;
using System.Text;

namespace PackStation.Labels.Documents;

/// <summary>
/// Masks the recipient on Chinese e-waybills as carriers do (个人信息保护): the phone keeps its first three and last
/// four digits (138****5678) and the name its first character (张**).
/// </summary>
public static class PrivacyMask
{
    public static string Phone(string? phone)
    {
        var digits = new string((phone ?? string.Empty).Where(c => char.IsAsciiDigit(c) || c is '+' or '-').ToArray());
        if (digits.Length >= 11)
            return string.Concat(digits.AsSpan(0, digits.Length - 8), "****", digits.AsSpan(digits.Length - 4));
        if (digits.Length >= 5)
            return string.Concat(digits.AsSpan(0, 2), new string('*', digits.Length - 4), digits.AsSpan(digits.Length - 2));
        return new string('*', digits.Length);
    }

    public static string Name(string? name)
    {
        var trimmed = (name ?? string.Empty).Trim();
        if (trimmed.Length == 0)
            return string.Empty;
        var elements = StringInfo.GetTextElementEnumerator(trimmed);
        elements.MoveNext();
        var first = elements.GetTextElement();
        var rest = 0;
        while (elements.MoveNext())
        {
            if (!string.IsNullOrWhiteSpace(elements.GetTextElement()))
                rest++;
        }

        return new StringBuilder(first).Append('*', Math.Clamp(rest, 1, 3)).ToString();
    }
}
