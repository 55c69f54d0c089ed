using System.Globalization;
using System.Text;

namespace PackStation.Hardware.Printers.Zpl;

public sealed partial class ZplBuilder
{
    /// <summary>
    /// Writes <paramref name="text"/> as <c>^FH</c> field data: printable ASCII stays as it is, except the format and
    /// control prefixes (<c>^</c>, <c>~</c>), the hex indicator (<c>_</c>) and the backslash (special inside <c>^FB</c>),
    /// which become <c>_5E</c>, <c>_7E</c>, <c>_5F</c>, <c>_5C</c>; every other character is written as its UTF-8 bytes in
    /// hex (read as text under <c>^CI28</c>). Control characters (C0, DEL, C1) and invisible format characters are dropped;
    /// CR, LF and TAB become a space so words stay apart.
    /// </summary>
    public static void EscapeFieldData(string text, StringBuilder output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            var value = rune.Value;
            if (value is '\r' or '\n' or '\t')
            {
                output.Append(' ');
                continue;
            }

            if (Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format)
                continue;
            if (value is >= 0x20 and < 0x7F && value is not ('^' or '~' or '_' or '\\'))
            {
                output.Append((char)value);
                continue;
            }

            var count = rune.EncodeToUtf8(utf8);
            for (var i = 0; i < count; i++)
                output.Append(HexIndicator).Append(utf8[i].ToString("X2", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The escaped form of <paramref name="text"/> (see <see cref="EscapeFieldData(string, StringBuilder)"/>).</summary>
    public static string EscapeFieldData(string text)
    {
        var builder = new StringBuilder(text?.Length ?? 0);
        EscapeFieldData(text!, builder);
        return builder.ToString();
    }
}
