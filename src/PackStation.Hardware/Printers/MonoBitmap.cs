namespace PackStation.Hardware.Printers;

/// <summary>
/// A 1-bit image as printers take it: rows top to bottom, each row <see cref="BytesPerRow"/> bytes, the most
/// significant bit is the leftmost dot, and a set bit is a black (printed) dot. Padding bits at the end of a row are 0.
/// </summary>
public sealed class MonoBitmap
{
    private readonly byte[] _bits;

    public MonoBitmap(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        Width = width;
        Height = height;
        BytesPerRow = (width + 7) / 8;
        _bits = new byte[BytesPerRow * height];
    }

    /// <summary>Wraps packed rows (MSB first, 1 = black); <paramref name="packedRows"/> must hold exactly height × ⌈width/8⌉ bytes.</summary>
    public MonoBitmap(int width, int height, ReadOnlySpan<byte> packedRows) : this(width, height)
    {
        if (packedRows.Length != _bits.Length)
            throw new ArgumentException($"A {width}x{height} bitmap needs {_bits.Length} bytes, not {packedRows.Length}.", nameof(packedRows));
        packedRows.CopyTo(_bits);
        ClearPadding();
    }

    public int Width { get; }

    public int Height { get; }

    public int BytesPerRow { get; }

    /// <summary>All rows, packed.</summary>
    public ReadOnlySpan<byte> Bits => _bits;

    public ReadOnlySpan<byte> Row(int y) => _bits.AsSpan(y * BytesPerRow, BytesPerRow);

    public bool this[int x, int y]
    {
        get => (_bits[(y * BytesPerRow) + (x >> 3)] & (0x80 >> (x & 7))) != 0;
        set
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)x, (uint)Width, nameof(x));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)y, (uint)Height, nameof(y));
            ref var b = ref _bits[(y * BytesPerRow) + (x >> 3)];
            var mask = (byte)(0x80 >> (x & 7));
            b = value ? (byte)(b | mask) : (byte)(b & ~mask);
        }
    }

    private void ClearPadding()
    {
        var spare = (BytesPerRow * 8) - Width;
        if (spare == 0)
            return;
        var keep = (byte)(0xFF << spare);
        for (var y = 0; y < Height; y++)
            _bits[(y * BytesPerRow) + BytesPerRow - 1] &= keep;
    }
}
