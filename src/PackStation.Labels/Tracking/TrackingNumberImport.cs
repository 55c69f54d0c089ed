using System.Globalization;

namespace PackStation.Labels.Tracking;

/// <summary>
/// Reads the numbers a carrier allocated: a CSV or text file with one number per line (first column), or a range
/// <c>FIRST-LAST</c> / <c>FIRST,LAST</c> of numbers that share a prefix and differ in a numeric tail (at most 1,000,000 per
/// range). Blank lines, lines starting with <c>#</c> and a header line without digits are skipped. A bad line is a
/// <see cref="FormatException"/> naming its line number; nothing is imported from a file with a bad line.
/// </summary>
public static class TrackingNumberImport
{
    public const int MaxRange = 1_000_000;
    private const int MaxLength = 40;

    public static IReadOnlyList<string> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var numbers = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.Trim().Trim('\uFEFF');
            if (line.Length == 0 || line.StartsWith('#') || (lineNumber == 1 && !line.Any(char.IsAsciiDigit)))
                continue;
            var fields = line.Split(',', StringSplitOptions.TrimEntries);
            var first = fields[0].Trim('"');
            var last = fields.Length > 1 ? fields[1].Trim('"') : null;
            if (last is { Length: > 0 } && IsNumber(last) && IsRangeEnd(first, last))
                AddRange(first, last, lineNumber, numbers, seen);
            else if (first.Split('-') is [var a, var b] && IsNumber(a) && IsNumber(b) && IsRangeEnd(a, b))
                AddRange(a, b, lineNumber, numbers, seen);
            else if (IsNumber(first))
                Add(first, numbers, seen);
            else
                throw new FormatException($"line {lineNumber}: \"{Printable(first)}\" is not a tracking number (letters, digits, '-'; up to {MaxLength}).");
        }

        return numbers;
    }

    private static void AddRange(string first, string last, int lineNumber, List<string> numbers, HashSet<string> seen)
    {
        var digits = TailDigits(first);
        var prefix = first[..^digits];
        if (!last.StartsWith(prefix, StringComparison.Ordinal) || TailDigits(last) < last.Length - prefix.Length)
            throw new FormatException($"line {lineNumber}: {first} and {last} do not share a prefix.");
        var width = digits;
        var from = decimal.Parse(first[^digits..], CultureInfo.InvariantCulture);
        var to = decimal.Parse(last[prefix.Length..], CultureInfo.InvariantCulture);
        if (to < from || to - from >= MaxRange)
            throw new FormatException($"line {lineNumber}: the range {first}..{last} is empty or longer than {MaxRange:N0}.");
        for (var n = from; n <= to; n++)
            Add(prefix + n.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'), numbers, seen);
    }

    private static bool IsRangeEnd(string first, string last) =>
        TailDigits(first) > 0 && TailDigits(last) > 0 && first.Length == last.Length && !string.Equals(first, last, StringComparison.Ordinal);

    private static void Add(string number, List<string> numbers, HashSet<string> seen)
    {
        if (seen.Add(number))
            numbers.Add(number);
    }

    private static int TailDigits(string text)
    {
        var n = 0;
        while (n < text.Length && n < 28 && char.IsAsciiDigit(text[^(n + 1)]))
            n++;
        return n;
    }

    private static bool IsNumber(string text) =>
        text.Length is > 0 and <= MaxLength && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && text.Any(char.IsAsciiDigit);

    private static string Printable(string text) => new(text.Where(c => c >= ' ' && c != '\u007F').Take(60).ToArray());
}
