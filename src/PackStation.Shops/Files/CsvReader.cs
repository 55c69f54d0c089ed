using System.Text;

namespace PackStation.Shops.Files;

/// <summary>
/// RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks), one record at a time with the number of the
/// line it starts on, so a refused row can be reported where the user will find it. A quote that is never closed does
/// not swallow the rest of the file: that record comes out with its problem, and reading goes on at the next line.
/// </summary>
public static class CsvReader
{
    public static IEnumerable<CsvRecord> Read(string text, char delimiter = ',')
    {
        ArgumentNullException.ThrowIfNull(text);
        var position = 0;
        var line = 1;
        while (position < text.Length)
        {
            var start = position;
            var startLine = line;
            var fields = ReadRecord(text, delimiter, ref position, ref line, out var closed);
            if (!closed)
            {
                yield return new CsvRecord(startLine, [], "a quoted field is never closed (a \" missing?)");
                position = NextLine(text, start);
                line = startLine + 1;
                continue;
            }

            if (fields.Count > 1 || fields[0].Length > 0)
                yield return new CsvRecord(startLine, fields);
        }
    }

    /// <summary>One record from <paramref name="position"/> to its line end (or the end of the text).</summary>
    private static List<string> ReadRecord(string text, char delimiter, ref int position, ref int line, out bool closed)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var atFieldStart = true;
        for (; position < text.Length; position++)
        {
            var c = text[position];
            if (quoted)
            {
                if (c == '"' && position + 1 < text.Length && text[position + 1] == '"')
                {
                    field.Append('"');
                    position++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c == '\n')
                        line++;
                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && atFieldStart)
            {
                quoted = true;
                atFieldStart = false;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                atFieldStart = true;
            }
            else if (c is '\n' or '\r')
            {
                position += c == '\r' && position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
                line++;
                fields.Add(field.ToString());
                closed = true;
                return fields;
            }
            else
            {
                field.Append(c);
                atFieldStart = false;
            }
        }

        fields.Add(field.ToString());
        closed = !quoted;
        return fields;
    }

    private static int NextLine(string text, int from)
    {
        var end = text.IndexOf('\n', from);
        return end < 0 ? text.Length : end + 1;
    }
}
