using System.Text;
using PackStation.Hardware.Printers;
using ZXing;
using ZXing.Common;
using ZXing.OneD;
using ZXing.QrCode.Internal;

namespace PackStation.Labels.Raster;

/// <summary>
/// Code 128 and QR symbols as 1-bit images (ZXing.Net encoders, scaled to whole dots per module), each decoded back
/// with ZXing.Net before it is used: a symbol that does not read back as its data is a <see cref="LabelRenderException"/>,
/// never a print.
/// </summary>
public static class BarcodeRasterizer
{
    private const int QuietModules = 10;

    /// <summary>The modules of a Code 128 symbol (start, data, check, stop), without quiet zones.</summary>
    public static bool[] Code128Modules(string data)
    {
        if (string.IsNullOrEmpty(data) || data.Any(c => c is < ' ' or > '~'))
            throw new LabelRenderException($"\"{data}\" cannot be a Code 128 symbol here: only printable ASCII is allowed.");
        try
        {
            return new Code128Writer().encode(data);
        }
        catch (ArgumentException e)
        {
            throw new LabelRenderException($"\"{data}\" cannot be encoded as Code 128: {e.Message}", e);
        }
    }

    /// <summary>The QR matrix (level M, UTF-8), without quiet zone.</summary>
    public static ByteMatrix QrMatrix(string data)
    {
        var hints = new Dictionary<EncodeHintType, object> { [EncodeHintType.CHARACTER_SET] = "UTF-8" };
        try
        {
            return ZXing.QrCode.Internal.Encoder.encode(data, ErrorCorrectionLevel.M, hints).Matrix;
        }
        catch (WriterException e)
        {
            throw new LabelRenderException($"The QR data is too long or cannot be encoded: {e.Message}", e);
        }
    }

    public static MonoBitmap Code128(string data, int moduleDots, int heightDots)
    {
        var modules = Code128Modules(data);
        var image = new MonoBitmap(modules.Length * moduleDots, heightDots);
        for (var m = 0; m < modules.Length; m++)
        {
            if (!modules[m])
                continue;
            for (var x = m * moduleDots; x < (m + 1) * moduleDots; x++)
                for (var y = 0; y < heightDots; y++)
                    image[x, y] = true;
        }

        Verify(image, data, BarcodeFormat.CODE_128, Math.Max(QuietModules * moduleDots, 20));
        return image;
    }

    public static MonoBitmap Qr(string data, int moduleDots)
    {
        var matrix = QrMatrix(data);
        var image = new MonoBitmap(matrix.Width * moduleDots, matrix.Height * moduleDots);
        for (var my = 0; my < matrix.Height; my++)
            for (var mx = 0; mx < matrix.Width; mx++)
            {
                if (matrix[mx, my] != 1)
                    continue;
                for (var y = my * moduleDots; y < (my + 1) * moduleDots; y++)
                    for (var x = mx * moduleDots; x < (mx + 1) * moduleDots; x++)
                        image[x, y] = true;
            }

        Verify(image, data, BarcodeFormat.QR_CODE, 4 * moduleDots);
        return image;
    }

    /// <summary>Decodes <paramref name="image"/> (with a white quiet zone around it) and demands exactly <paramref name="expected"/>.</summary>
    public static void Verify(MonoBitmap image, string expected, BarcodeFormat format, int quietDots)
    {
        ArgumentNullException.ThrowIfNull(image);
        var decoded = Decode(image, format, quietDots);
        if (!string.Equals(decoded, expected, StringComparison.Ordinal))
            throw new LabelRenderException(decoded is null
                ? $"The rasterised {format} symbol for \"{expected}\" does not scan; the label is not printed."
                : $"The rasterised {format} symbol for \"{expected}\" scans as \"{decoded}\"; the label is not printed.");
    }

    /// <summary>ZXing.Net's reading of a 1-bit image, restricted to one symbology; null when nothing is found.</summary>
    public static string? Decode(MonoBitmap image, BarcodeFormat format, int quietDots)
    {
        ArgumentNullException.ThrowIfNull(image);
        var width = image.Width + (2 * quietDots);
        var height = image.Height + (2 * quietDots);
        var gray = new byte[width * height];
        Array.Fill(gray, (byte)255);
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
                if (image[x, y])
                    gray[((y + quietDots) * width) + x + quietDots] = 0;
        var reader = new BarcodeReaderGeneric
        {
            AutoRotate = false,
            Options = new DecodingOptions
            {
                PossibleFormats = [format],
                TryHarder = true,
                CharacterSet = Encoding.UTF8.WebName,
            },
        };
        return reader.Decode(new RGBLuminanceSource(gray, width, height, RGBLuminanceSource.BitmapFormat.Gray8))?.Text;
    }
}
