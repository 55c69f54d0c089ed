using PackStation.Hardware.Printers;
using SkiaSharp;

namespace PackStation.Labels.Raster;

/// <summary>
/// Draws one line of text into a 1-bit image with SkiaSharp and a CJK font, without anti-aliasing (thermal dots are
/// on or off). The line is sized so the font's ascent plus descent fills <c>heightDots</c>, and clipped at <c>maxWidth</c>.
/// </summary>
public sealed class TextRasterizer : IDisposable
{
    private readonly SKTypeface _typeface;

    public TextRasterizer(SKTypeface typeface)
    {
        _typeface = typeface ?? throw new ArgumentNullException(nameof(typeface));
    }

    public MonoBitmap Render(string text, int heightDots, int maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var font = CreateFont(heightDots);
        var width = Math.Clamp((int)Math.Ceiling(font.MeasureText(text)), 1, Math.Max(1, maxWidth));
        var info = new SKImageInfo(width, heightDots, SKColorType.Gray8, SKAlphaType.Opaque);
        using var bitmap = new SKBitmap(info);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = false };
            canvas.DrawText(text, 0, -font.Metrics.Ascent, SKTextAlign.Left, font, paint);
        }

        var image = new MonoBitmap(width, heightDots);
        var pixels = bitmap.GetPixelSpan();
        var stride = bitmap.RowBytes;
        for (var y = 0; y < heightDots; y++)
            for (var x = 0; x < width; x++)
                if (pixels[(y * stride) + x] < 128)
                    image[x, y] = true;
        return image;
    }

    /// <summary>The width Skia would draw, for checks against the layout's estimate.</summary>
    public int MeasureWidth(string text, int heightDots)
    {
        using var font = CreateFont(heightDots);
        return (int)Math.Ceiling(font.MeasureText(text));
    }

    public void Dispose() => _typeface.Dispose();

    private SKFont CreateFont(int heightDots)
    {
        var font = new SKFont(_typeface, heightDots) { Edging = SKFontEdging.Alias, Subpixel = false, Hinting = SKFontHinting.Full };
        var metrics = font.Metrics;
        var natural = metrics.Descent - metrics.Ascent;
        if (natural > 0)
            font.Size = heightDots * heightDots / natural;
        return font;
    }
}
