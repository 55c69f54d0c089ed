using PackStation.Hardware.Printers;
using PackStation.Labels.Layout;

namespace PackStation.Labels.Raster;

/// <summary>Any layout element as the 1-bit image a printer would print for it; barcodes are verified by decoding.</summary>
public sealed class ElementRasterizer(TextRasterizer text)
{
    public MonoBitmap Render(LayoutElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return element switch
        {
            TextElement t => text.Render(t.Text, t.HeightDots, t.MeasuredWidth),
            BarcodeElement b => BarcodeRasterizer.Code128(b.Data, b.ModuleDots, b.HeightDots),
            QrElement q => BarcodeRasterizer.Qr(q.Data, q.ModuleDots),
            RuleElement r => Filled(r.RuleWidth, r.RuleHeight),
            _ => throw new ArgumentOutOfRangeException(nameof(element), element.GetType().Name, null),
        };
    }

    /// <summary>The whole label as one image: the PNG preview, and the bytes of a fully raster label.</summary>
    public MonoBitmap RenderPage(LabelLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var page = new MonoBitmap(layout.WidthDots, layout.HeightDots);
        foreach (var element in layout.Elements)
            Blit(page, Render(element), element.X, element.Y);
        return page;
    }

    public static void Blit(MonoBitmap target, MonoBitmap source, int left, int top)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(source);
        for (var y = 0; y < source.Height && top + y < target.Height; y++)
            for (var x = 0; x < source.Width && left + x < target.Width; x++)
                if (source[x, y] && left + x >= 0 && top + y >= 0)
                    target[left + x, top + y] = true;
    }

    private static MonoBitmap Filled(int width, int height)
    {
        var rows = new byte[((width + 7) / 8) * height];
        Array.Fill(rows, (byte)0xFF);
        return new MonoBitmap(width, height, rows);
    }
}
