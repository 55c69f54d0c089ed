using System.Text;

namespace PackStation.Hardware.Scales.Framing;

/// <summary>Frames as readable text for logs, the audit trail and <c>scale read</c>: control bytes by name ("&lt;STX&gt;"), others as \xNN.</summary>
public static class FrameText
{
    private static readonly string[] ControlNames =
    [
        "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "TAB", "LF", "VT", "FF", "CR", "SO", "SI",
        "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
    ];

    public static string Describe(ReadOnlySpan<byte> bytes, int max = 256)
    {
        var text = new StringBuilder(Math.Min(bytes.Length, max) + 8);
        foreach (var b in bytes[..Math.Min(bytes.Length, max)])
        {
            if (b < 0x20)
                text.Append('<').Append(ControlNames[b]).Append('>');
            else if (b < 0x7F)
                text.Append((char)b);
            else
                text.Append("\\x").Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (bytes.Length > max)
            text.Append("…(").Append(bytes.Length).Append(" bytes)");
        return text.ToString();
    }

    /// <summary>The frame's printable ASCII characters as a string; bytes outside 0x20..0x7E become '\0' so they never parse as digits.</summary>
    public static string Ascii(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
            chars[i] = bytes[i] is >= 0x20 and < 0x7F ? (char)bytes[i] : '\0';
        return new string(chars);
    }
}
