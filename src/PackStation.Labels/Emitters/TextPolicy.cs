using System.Text;
using PackStation.Hardware.Printers;
using PackStation.Hardware.Profiles;
using PackStation.Labels.Layout;

namespace PackStation.Labels.Emitters;

/// <summary>
/// Decides, per line, whether a printer can draw the text with its own fonts or whether it goes as an image.
/// Plain ASCII is always native. Chinese is native only where the profile declares it (<c>chineseText: gb18030</c>):
/// ESC/POS Chinese mode and TSPL's TSS24.BF2 font take GBK, so a line with a character outside GBK (rare CJK,
/// emoji) is drawn as an image; ZPL takes UTF-8 (^CI28) and a printer-resident CJK font. ZPL's font 0 draws other
/// Latin text (accents) natively.
/// </summary>
public static class TextPolicy
{
    private static readonly Lazy<Encoding> StrictGbk = new(() =>
        Encoding.GetEncoding(936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback));

    static TextPolicy() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool DeclaresChinese(PrinterSettings printer) =>
        !string.Equals(printer?.ChineseText, "raster", StringComparison.OrdinalIgnoreCase);

    public static bool IsNative(string text, PrinterSettings printer)
    {
        ArgumentNullException.ThrowIfNull(printer);
        if (TextMeasure.IsAscii(text))
            return true;
        return printer.Language switch
        {
            PrinterLanguage.Zpl => !TextMeasure.ContainsWide(text) || DeclaresChinese(printer),
            _ => DeclaresChinese(printer) && IsGbk(text),
        };
    }

    public static bool IsGbk(string text)
    {
        try
        {
            StrictGbk.Value.GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
