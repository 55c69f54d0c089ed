using System.Buffers;
using System.Globalization;
using System.Text;

namespace PackStation.Hardware.Printers.Tspl;

/// <summary>Barcodes, QR codes and bitmaps.</summary>
public sealed partial class TsplBuilder
{
    /// <summary>
    /// BARCODE x,y,"128",height,readable,rotation,narrow,wide,"content": Code 128 with automatic code sets.
    /// Content must be printable ASCII; a double quote is escaped.
    /// </summary>
    public TsplBuilder Code128(int x, int y, int heightDots, bool humanReadable, int rotation, int narrowDots, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length is 0 or > 255 || !content.All(c => c is >= ' ' and <= '~'))
            throw new ArgumentException("Code 128 content must be 1..255 printable ASCII characters.", nameof(content));
        var narrow = Check(narrowDots, 1, 10, nameof(narrowDots));
        Start($"BARCODE {Dots(x, nameof(x))},{Dots(y, nameof(y))},\"128\",{Check(heightDots, 1, 9999, nameof(heightDots))},{(humanReadable ? 1 : 0)},{Rotation(rotation)},{narrow},{narrow},");
        QuotedText(content);
        End();
        return this;
    }

    /// <summary>QRCODE x,y,ecc,cell,A,rotation,"content" (automatic mode); content as UTF-8 with quotes escaped.</summary>
    public TsplBuilder QrCode(int x, int y, char errorLevel, int cellWidth, int rotation, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (errorLevel is not ('L' or 'M' or 'Q' or 'H'))
            throw new ArgumentOutOfRangeException(nameof(errorLevel), errorLevel, "QR error level must be L, M, Q or H.");
        var clean = PrinterTextSanitizer.Sanitize(content);
        if (clean.Length == 0)
            throw new ArgumentException("QR content is empty.", nameof(content));
        Start($"QRCODE {Dots(x, nameof(x))},{Dots(y, nameof(y))},{errorLevel},{Check(cellWidth, 1, 10, nameof(cellWidth))},A,{Rotation(rotation)},");
        _output.Write("\""u8);
        _output.Write(Encoding.UTF8.GetBytes(clean.Replace("\"", "\\[\"]", StringComparison.Ordinal)));
        _output.Write("\""u8);
        End();
        return this;
    }

    /// <summary>
    /// BITMAP x,y,widthBytes,height,0,data (overwrite mode). TSPL prints a dot where a bit is 0 (the opposite of
    /// ESC/POS and ZPL), so the bits of <paramref name="image"/> (1 = black) are inverted here.
    /// </summary>
    public TsplBuilder Bitmap(int x, int y, MonoBitmap image)
    {
        ArgumentNullException.ThrowIfNull(image);
        Start(string.Create(CultureInfo.InvariantCulture, $"BITMAP {Dots(x, nameof(x))},{Dots(y, nameof(y))},{image.BytesPerRow},{image.Height},0,"));
        var bits = image.Bits;
        var inverted = _output.GetSpan(bits.Length)[..bits.Length];
        for (var i = 0; i < bits.Length; i++)
            inverted[i] = (byte)~bits[i];
        _output.Advance(bits.Length);
        End();
        return this;
    }
}
