using System.Buffers;

namespace PackStation.Hardware.Printers.EscPos;

/// <summary>
/// Builds an ESC/POS byte stream (the "emitter"): pure and synchronous, no I/O. Every parameter is range-checked
/// (an out-of-range value throws instead of being truncated to a byte), text is sanitised and encoded explicitly,
/// and the builder tracks the printer's Chinese mode so single-byte and GB18030 text never mix up.
/// Not thread-safe; one builder per document.
/// </summary>
public sealed partial class EscPosBuilder
{
    private const byte Esc = 0x1B;
    private const byte Gs = 0x1D;
    private const byte Fs = 0x1C;
    private const byte Lf = 0x0A;

    private readonly ArrayBufferWriter<byte> _output = new(1024);
    private bool? _chineseMode;
    private int? _codeTable;

    /// <param name="textMode">How text is encoded; change it later with <see cref="UseTextMode"/>.</param>
    /// <param name="printableWidthDots">The printable width; barcodes and images wider than this are refused.</param>
    public EscPosBuilder(EscPosTextMode textMode, int printableWidthDots = 576)
    {
        ArgumentNullException.ThrowIfNull(textMode);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(printableWidthDots);
        TextMode = textMode;
        PrintableWidthDots = printableWidthDots;
    }

    public EscPosTextMode TextMode { get; private set; }

    public int PrintableWidthDots { get; }

    public int Length => _output.WrittenCount;

    public ReadOnlyMemory<byte> WrittenMemory => _output.WrittenMemory;

    public byte[] ToArray() => _output.WrittenSpan.ToArray();

    /// <summary>ESC @: clears the buffer and resets modes. Chinese mode is unknown afterwards (firmwares differ).</summary>
    public EscPosBuilder Initialize()
    {
        Write(Esc, (byte)'@');
        _chineseMode = null;
        _codeTable = 0;
        return this;
    }

    /// <summary>Switches how following text is encoded; the mode commands are sent with the next text.</summary>
    public EscPosBuilder UseTextMode(EscPosTextMode textMode)
    {
        ArgumentNullException.ThrowIfNull(textMode);
        TextMode = textMode;
        return this;
    }

    /// <summary>LF: prints the line buffer.</summary>
    public EscPosBuilder NewLine()
    {
        Write(Lf);
        return this;
    }

    /// <summary>ESC d n: prints and feeds n lines (0..255).</summary>
    public EscPosBuilder FeedLines(int lines)
    {
        Write(Esc, (byte)'d', CheckByte(lines, 0, 255, nameof(lines)));
        return this;
    }

    /// <summary>ESC J n: prints and feeds n dots (0..255).</summary>
    public EscPosBuilder FeedDots(int dots)
    {
        Write(Esc, (byte)'J', CheckByte(dots, 0, 255, nameof(dots)));
        return this;
    }

    /// <summary>GS V 65/66 n: feeds to the cutter plus n dots (0..255) and cuts.</summary>
    public EscPosBuilder Cut(EscPosCut cut = EscPosCut.Partial, int feedDots = 0)
    {
        Write(Gs, (byte)'V', cut == EscPosCut.Full ? (byte)65 : (byte)66, CheckByte(feedDots, 0, 255, nameof(feedDots)));
        return this;
    }

    private void Write(params ReadOnlySpan<byte> bytes) => _output.Write(bytes);

    private static byte CheckByte(int value, int min, int max, string name)
    {
        if (value < min || value > max)
            throw new ArgumentOutOfRangeException(name, value, $"Must be {min}..{max}.");
        return (byte)value;
    }

    private static (byte Low, byte High) LittleEndian(int value, string name)
    {
        if (value is < 0 or > 0xFFFF)
            throw new ArgumentOutOfRangeException(name, value, "Must be 0..65535.");
        return ((byte)(value & 0xFF), (byte)(value >> 8));
    }
}
