namespace PackStation.Hardware.Printers.EscPos;

/// <summary>Raster images (GS v 0), sent in bands so small printer buffers do not overflow.</summary>
public sealed partial class EscPosBuilder
{
    /// <summary>The default band height: well under the row limits of cheap firmwares.</summary>
    public const int DefaultBandRows = 128;

    /// <summary>
    /// GS v 0 m=0, one command per band of at most <paramref name="bandRows"/> rows (1..2047). Starts at the left of
    /// an empty line, as the command requires; a non-empty line must be ended with <see cref="NewLine"/> first.
    /// </summary>
    public EscPosBuilder RasterImage(MonoBitmap image, int bandRows = DefaultBandRows)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (bandRows is < 1 or > 2047)
            throw new ArgumentOutOfRangeException(nameof(bandRows), bandRows, "Band height must be 1..2047 rows.");
        if (image.Width > PrintableWidthDots)
            throw new ArgumentException($"The image is {image.Width} dots wide but the paper has {PrintableWidthDots}.", nameof(image));
        var (xL, xH) = LittleEndian(image.BytesPerRow, nameof(image));
        for (var top = 0; top < image.Height; top += bandRows)
        {
            var rows = Math.Min(bandRows, image.Height - top);
            var (yL, yH) = LittleEndian(rows, nameof(bandRows));
            Write(Gs, (byte)'v', (byte)'0', 0, xL, xH, yL, yH);
            Write(image.Bits.Slice(top * image.BytesPerRow, rows * image.BytesPerRow));
        }

        return this;
    }
}
