using System.Text;

namespace PackStation.Hardware.Printers;

/// <summary>
/// Makes untrusted text (names, addresses, notes) safe to place in one printer field: every control character
/// (C0 including ESC, GS, FS, DLE, NUL, CR, LF, TAB; DEL; C1) becomes a space or disappears, and unpaired surrogates
/// become '?'. Language metacharacters (ZPL ^ ~, TSPL quotes) are the language builder's job, not this one's.
/// </summary>
public static class PrinterTextSanitizer
{
    /// <summary>Returns the text with line breaks and tabs as single spaces and every other control character removed.</summary>
    public static string Sanitize(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        if (IsClean(text))
            return text;

        var builder = new StringBuilder(text.Length);
        var previousWasBreak = false;
        foreach (var rune in EnumerateRunes(text))
        {
            var value = rune.Value;
            if (value is '\r' or '\n' or '\t' or '\v' or '\f' or 0x85 or 0x2028 or 0x2029)
            {
                if (!previousWasBreak)
                    builder.Append(' ');
                previousWasBreak = true;
                continue;
            }

            previousWasBreak = false;
            if (IsControl(value) || value is 0x200E or 0x200F || (value >= 0x202A && value <= 0x202E) || (value >= 0x2066 && value <= 0x2069))
                continue;
            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    private static bool IsControl(int value) => value < 0x20 || (value >= 0x7F && value <= 0x9F);

    private static bool IsClean(string text)
    {
        foreach (var c in text)
        {
            if (IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069'))
                return false;
        }

        return true;
    }

    private static IEnumerable<Rune> EnumerateRunes(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                yield return rune;
                i += consumed;
            }
            else
            {
                yield return new Rune('?');
                i += Math.Max(consumed, 1);
            }
        }
    }
}
