using System.Text;

namespace PackStation.Shops.Files;

/// <summary>
/// Reads an order file as text: UTF-8 with or without a BOM, else GB18030 (what Chinese Excel and seller-centre
/// exports write). A file that is valid UTF-8 is taken as UTF-8; anything else is decoded as GB18030.
/// </summary>
public static class OrderFileDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes, out string encodingName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            encodingName = "UTF-8 (BOM)";
            return StrictUtf8.GetString(bytes, 3, bytes.Length - 3);
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            encodingName = "UTF-8";
            return text;
        }
        catch (DecoderFallbackException)
        {
            encodingName = "GB18030";
            return Gb18030.GetString(bytes);
        }
    }

    public static Encoding Gb18030 { get; } = CreateGb18030();

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
