using PackStation.Hardware.Printers;
using SkiaSharp;

namespace PackStation.Labels.Raster;

/// <summary>A 1-bit image as a grayscale PNG: black dots black, the rest white.</summary>
public static class PngWriter
{
    public static byte[] Write(MonoBitmap image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var info = new SKImageInfo(image.Width, image.Height, SKColorType.Gray8, SKAlphaType.Opaque);
        using var bitmap = new SKBitmap(info);
        var pixels = bitmap.GetPixelSpan();
        var stride = bitmap.RowBytes;
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
                pixels[(y * stride) + x] = image[x, y] ? (byte)0 : (byte)255;
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
