using System.Globalization;
using System.Text;
using FsCheck.Xunit;
using PackStation.Hardware.Printers.Zpl;

namespace PackStation.Hardware.Tests.Printers.Zpl;

public sealed class ZplBuilderEscapingPropertyTests
{
    [Property(MaxTest = 500)]
    public bool EscapeFieldData_AnyText_IsPrintableAsciiWithoutPrefixes(string? text)
    {
        var escaped = ZplBuilder.EscapeFieldData(text ?? string.Empty);
        return escaped.All(c => c is >= ' ' and < '\u007F' && c is not ('^' or '~' or '\\'));
    }

    [Property(MaxTest = 500)]
    public bool EscapeFieldData_AnyText_DecodesBackToTheTextWithoutControls(string? text)
    {
        text ??= string.Empty;
        var expected = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is '\r' or '\n' or '\t')
                expected.Append(' ');
            else if (!Rune.IsControl(rune) && Rune.GetUnicodeCategory(rune) != UnicodeCategory.Format)
                expected.Append(rune.ToString());
        }

        return Decode(ZplBuilder.EscapeFieldData(text)) == expected.ToString();
    }

    /// <summary>What a printer does with ^FH_ data under ^CI28: _XX is one byte, the bytes are UTF-8.</summary>
    private static string Decode(string escaped)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '_')
            {
                bytes.Add(byte.Parse(escaped.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 2;
            }
            else
            {
                bytes.Add((byte)escaped[i]);
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
