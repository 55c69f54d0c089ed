using System.Text;

namespace PackStation.Hardware.Scanners;

/// <summary>Shows untrusted scanner text safely in errors, logs and JSON: control characters become \xNN, GS becomes &lt;GS&gt;.</summary>
public static class Printable
{
    public static string Escape(string text, int maxLength = 120)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(Math.Min(text.Length, maxLength) + 8);
        foreach (var c in text)
        {
            if (builder.Length >= maxLength)
            {
                builder.Append('…');
                break;
            }

            if (c == '\u001D')
                builder.Append("<GS>");
            else if (char.IsControl(c) || c == '\uFFFD')
                builder.Append(c == '\uFFFD' ? "\\uFFFD" : $"\\x{(int)c:X2}");
            else
                builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Bytes as hex, for context around undecodable input.</summary>
    public static string Hex(ReadOnlySpan<byte> bytes, int maxBytes = 32)
    {
        var shown = bytes.Length > maxBytes ? bytes[..maxBytes] : bytes;
        var hex = Convert.ToHexString(shown);
        var spaced = string.Join(' ', Enumerable.Range(0, hex.Length / 2).Select(i => hex.Substring(i * 2, 2)));
        return bytes.Length > maxBytes ? spaced + " …" : spaced;
    }
}
