using System.Text;

namespace PackStation.Shops.Files;

/// <summary>
/// Reads an order file as text: UTF-8 with or without a BOM, else GB18030 (what Chinese Excel and seller-centre
/// exports write). A file that is valid UTF-8 is taken as UTF-8; anything else is decoded as GB18030, also after a
/// UTF-8 byte-order mark (tools that add one to GB18030 text exist).
/// </summary>
public static class OrderFileDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes, out string encodingName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var bom = bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
        try
        {
            var text = StrictUtf8.GetString(bytes, bom, bytes.Length - bom);
            encodingName = bom > 0 ? "UTF-8 (BOM)" : "UTF-8";
            return text;
        }
        catch (DecoderFallbackException)
        {
            encodingName = bom > 0 ? "GB18030 (after a UTF-8 BOM)" : "GB18030";
            return Gb18030.GetString(bytes, bom, bytes.Length - bom);
        }
    }

    public static Encoding Gb18030 { get; } = CreateGb18030();

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
