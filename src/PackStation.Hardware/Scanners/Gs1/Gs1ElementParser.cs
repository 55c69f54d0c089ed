using System.Globalization;
using System.Text;

namespace PackStation.Hardware.Scanners.Gs1;

/// <summary>
/// Parses GS1 element strings — as scanned (FNC1 transmitted as GS, 0x1D) or in the bracketed human-readable form
/// "(01)09506000134352(10)ABC" — into AIs, checking each value's characters, length, check digit and date.
/// Never throws on any input: problems come back as <see cref="Gs1ParseResult.Error"/> with the position.
/// </summary>
public static class Gs1ElementParser
{
    public const char GroupSeparator = '\u001D';

    /// <summary>Parses an element string with GS separators. <paramref name="referenceYear"/> picks the century of YYMMDD dates.</summary>
    public static Gs1ParseResult Parse(string data, int referenceYear)
    {
        ArgumentNullException.ThrowIfNull(data);
        var elements = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = 0;
        while (position < data.Length && data[position] == GroupSeparator)
            position++;
        if (position >= data.Length)
            return Gs1ParseResult.Fail("empty GS1 element string");

        while (position < data.Length)
        {
            if (!Gs1ApplicationIdentifiers.TryMatch(data, position, out var ai))
                return Gs1ParseResult.Fail($"unknown GS1 application identifier \"{Printable.Escape(Head(data, position, 4))}\" at position {position}");
            position += ai.Ai.Length;

            string value;
            if (ai.FixedLength)
            {
                var available = data.Length - position;
                var separator = data.IndexOf(GroupSeparator, position);
                if (separator >= 0)
                    available = Math.Min(available, separator - position);
                if (available < ai.MaxLength)
                    return Gs1ParseResult.Fail($"({ai.Ai}) needs {ai.MaxLength} characters, got {available}");
                value = data.Substring(position, ai.MaxLength);
                position += ai.MaxLength;
            }
            else
            {
                var separator = data.IndexOf(GroupSeparator, position);
                var end = separator < 0 ? data.Length : separator;
                value = data[position..end];
                position = end;
            }

            // FNC1 after a variable-length element; tolerated after a fixed-length one.
            if (position < data.Length && data[position] == GroupSeparator)
                position++;

            if (Validate(ai, value, referenceYear) is { } error)
                return Gs1ParseResult.Fail(error);
            if (!Add(elements, ai.Ai, value, out var duplicate))
                return Gs1ParseResult.Fail(duplicate!);
        }

        return new Gs1ParseResult(elements, null);
    }

    /// <summary>Parses the bracketed form "(AI)value(AI)value…".</summary>
    public static Gs1ParseResult ParseBracketed(string text, int referenceYear)
    {
        ArgumentNullException.ThrowIfNull(text);
        var elements = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!TryReadBracketedAi(text, 0, out var ai, out var position))
            return Gs1ParseResult.Fail("a bracketed GS1 string must start with a known \"(AI)\"");
        while (true)
        {
            var next = position;
            Gs1AiDefinition? following = null;
            var after = text.Length;
            for (; next < text.Length; next++)
            {
                if (text[next] == '(' && TryReadBracketedAi(text, next, out var candidate, out var candidateEnd))
                {
                    following = candidate;
                    after = candidateEnd;
                    break;
                }
            }

            var value = text[position..next];
            if (Validate(ai, value, referenceYear) is { } error)
                return Gs1ParseResult.Fail(error);
            if (!Add(elements, ai.Ai, value, out var duplicate))
                return Gs1ParseResult.Fail(duplicate!);
            if (following is null)
                return new Gs1ParseResult(elements, null);
            ai = following;
            position = after;
        }
    }

    /// <summary>True when <paramref name="text"/> looks like the bracketed form (starts with a known "(AI)").</summary>
    public static bool LooksBracketed(string text) => text is not null && TryReadBracketedAi(text, 0, out _, out _);

    /// <summary>Writes elements as scanned data: GS after each non-predefined-length element except the last.</summary>
    public static string Format(IEnumerable<KeyValuePair<string, string>> elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        var builder = new StringBuilder();
        var needsSeparator = false;
        foreach (var (ai, value) in elements)
        {
            if (needsSeparator)
                builder.Append(GroupSeparator);
            builder.Append(ai).Append(value);
            needsSeparator = !(Gs1ApplicationIdentifiers.TryGet(ai, out var definition) && definition.PredefinedLength);
        }

        return builder.ToString();
    }

    /// <summary>Writes elements in the bracketed human-readable form.</summary>
    public static string FormatBracketed(IEnumerable<KeyValuePair<string, string>> elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        return string.Concat(elements.Select(e => $"({e.Key}){e.Value}"));
    }

    private static string? Validate(Gs1AiDefinition ai, string value, int referenceYear)
    {
        if (value.Length < ai.MinLength || value.Length > ai.MaxLength)
        {
            var expected = ai.FixedLength ? $"{ai.MaxLength}" : $"{ai.MinLength} to {ai.MaxLength}";
            var hint = value.Length > ai.MaxLength && !ai.FixedLength ? " (is a GS separator missing?)" : "";
            return $"({ai.Ai}) {ai.Title} must have {expected} characters, has {value.Length}{hint}";
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var ok = ai.Numeric ? char.IsAsciiDigit(c) : Gs1ApplicationIdentifiers.IsInCharacterSet82(c);
            if (!ok)
                return $"({ai.Ai}) {ai.Title} has {(ai.Numeric ? "a non-digit" : "a character outside GS1 set 82")} '{Printable.Escape(c.ToString())}' at offset {i}";
        }

        return ai.Check switch
        {
            Gs1AiCheck.CheckDigit when !Gs1CheckDigit.IsValid(value) =>
                $"({ai.Ai}) {ai.Title} {value} has check digit {value[^1]}, expected {Gs1CheckDigit.Compute(value.AsSpan(0, value.Length - 1))}",
            Gs1AiCheck.Date or Gs1AiCheck.DateExact when !IsDate(value, ai.Check == Gs1AiCheck.Date, referenceYear) =>
                $"({ai.Ai}) {ai.Title} {value} is not a valid YYMMDD date",
            _ => null,
        };
    }

    /// <summary>YYMMDD with the GS1 century rule; DD 00 means "end of month" where allowed.</summary>
    public static bool IsDate(string yymmdd, bool allowDayZero, int referenceYear)
    {
        ArgumentNullException.ThrowIfNull(yymmdd);
        if (yymmdd.Length != 6 || !yymmdd.All(char.IsAsciiDigit))
            return false;
        var yy = int.Parse(yymmdd.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var month = int.Parse(yymmdd.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(yymmdd.AsSpan(4, 2), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
            return false;
        if (day == 0)
            return allowDayZero;
        return day <= DateTime.DaysInMonth(ResolveYear(yy, referenceYear), month);
    }

    /// <summary>GS1 General Specifications 7.12: the year within −49…+50 of the reference year.</summary>
    public static int ResolveYear(int yy, int referenceYear)
    {
        var century = referenceYear / 100 * 100;
        var difference = yy - (referenceYear % 100);
        return difference switch
        {
            >= 51 => century - 100 + yy,
            <= -50 => century + 100 + yy,
            _ => century + yy,
        };
    }

    private static bool Add(Dictionary<string, string> elements, string ai, string value, out string? error)
    {
        error = null;
        if (elements.TryGetValue(ai, out var existing))
        {
            if (existing == value)
                return true;
            error = $"({ai}) appears twice with different values";
            return false;
        }

        elements.Add(ai, value);
        return true;
    }

    private static bool TryReadBracketedAi(string text, int start, out Gs1AiDefinition ai, out int end)
    {
        ai = null!;
        end = 0;
        if (start >= text.Length || text[start] != '(')
            return false;
        var close = text.IndexOf(')', start + 1);
        if (close < start + 3 || close > start + 5)
            return false;
        var candidate = text[(start + 1)..close];
        if (!candidate.All(char.IsAsciiDigit) || !Gs1ApplicationIdentifiers.TryGet(candidate, out ai))
            return false;
        end = close + 1;
        return true;
    }

    private static string Head(string text, int start, int length) => text.Substring(start, Math.Min(length, text.Length - start));
}
