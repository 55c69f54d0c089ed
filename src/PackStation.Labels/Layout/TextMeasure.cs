using System.Text;

namespace PackStation.Labels.Layout;

/// <summary>
/// Text widths as the printers' fonts draw them: wide (CJK, full-width) characters are square, narrow ones a fixed
/// fraction of the height. Used to wrap lines before any printer sees them, so every language wraps the same way.
/// </summary>
public static class TextMeasure
{
    public static bool IsWide(Rune rune)
    {
        var v = rune.Value;
        return v is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60)
            or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x20000 and <= 0x3FFFD);
    }

    public static bool ContainsWide(string text) => text.EnumerateRunes().Any(IsWide);

    public static bool IsAscii(string text) => text.All(c => c is >= ' ' and <= '~');

    public static int Width(string text, int heightDots, double narrowRatio)
    {
        double width = 0;
        foreach (var rune in text.EnumerateRunes())
            width += IsWide(rune) ? heightDots : heightDots * narrowRatio;
        return (int)Math.Ceiling(width);
    }

    /// <summary>
    /// Splits <paramref name="text"/> into lines no wider than <paramref name="maxWidth"/>: breaks after a space where one
    /// is near, anywhere between wide characters, and mid-word only when a word alone is too long. At most
    /// <paramref name="maxLines"/> lines; text that does not fit ends with "...".
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int heightDots, double narrowRatio, int maxWidth, int maxLines)
    {
        var lines = new List<string>();
        var runes = text.Trim().EnumerateRunes().ToList();
        var start = 0;
        while (start < runes.Count && lines.Count < maxLines)
        {
            double width = 0;
            var end = start;
            var lastBreak = -1;
            while (end < runes.Count)
            {
                var w = IsWide(runes[end]) ? heightDots : heightDots * narrowRatio;
                if (width + w > maxWidth)
                    break;
                width += w;
                if (runes[end].Value == ' ' || IsWide(runes[end]))
                    lastBreak = end;
                end++;
            }

            if (end == start)
                end = start + 1; // a single character wider than the line still goes somewhere
            else if (end < runes.Count && runes[end].Value != ' ' && lastBreak > start + ((end - start) / 2))
                end = lastBreak + 1;
            lines.Add(Join(runes, start, end).Trim());
            start = end;
            while (start < runes.Count && runes[start].Value == ' ')
                start++;
        }

        if (start < runes.Count && lines.Count > 0)
        {
            var last = lines[^1];
            const string ellipsis = "...";
            while (last.Length > 0 && Width(last + ellipsis, heightDots, narrowRatio) > maxWidth)
                last = last[..^1];
            lines[^1] = last + ellipsis;
        }

        return lines;
    }

    private static string Join(List<Rune> runes, int start, int end)
    {
        var builder = new StringBuilder();
        for (var i = start; i < end; i++)
            builder.Append(runes[i].ToString());
        return builder.ToString();
    }
}
