using System.Text;

namespace PackStation.Hardware.Printers;

/// <summary>
/// The legacy code pages printers speak (GB18030, CP437, CP858 …) come from <see cref="CodePagesEncodingProvider"/>,
/// registered here once. Unmappable characters become '?' rather than an exception or a silent byte cast.
/// </summary>
public static class PrinterEncodings
{
    private static readonly Lazy<bool> Registered = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    /// <summary>GB18030 (code page 54936); Chinese-market printers implement its one- and two-byte part (GBK).</summary>
    public static Encoding Gb18030 => Get(54936);

    public static Encoding Get(int codePage)
    {
        _ = Registered.Value;
        return Encoding.GetEncoding(codePage, new EncoderReplacementFallback("?"), new DecoderReplacementFallback("?"));
    }

    /// <summary>
    /// Encodes text for a printer that understands one- and two-byte GB18030 (GBK) only: characters that need the
    /// four-byte form (rare CJK, emoji) become '?'.
    /// </summary>
    public static byte[] EncodeGbk(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var encoding = Gb18030;
        var output = new List<byte>(text.Length * 2);
        Span<byte> buffer = stackalloc byte[8];
        Span<char> chars = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                output.Add((byte)rune.Value);
                continue;
            }

            var charCount = rune.EncodeToUtf16(chars);
            var count = encoding.GetBytes(chars[..charCount], buffer);
            if (count == 2)
            {
                output.Add(buffer[0]);
                output.Add(buffer[1]);
            }
            else
            {
                output.Add((byte)'?');
            }
        }

        return [.. output];
    }
}
