using System.Buffers;
using System.Globalization;
using System.Text;

namespace PackStation.Hardware.Printers.Tspl;

/// <summary>
/// Builds a TSPL/TSPL2 label (pure, no I/O): one command per line ending in CR LF, coordinates in dots. Every
/// string argument is untrusted-safe: control characters are removed (a CR/LF would end the command), a double
/// quote is written <c>\["]</c>, and text is encoded as GB18030 two-byte (GBK) for the built-in Chinese font.
/// Numbers are range-checked, never truncated.
/// </summary>
public sealed partial class TsplBuilder
{
    private static readonly byte[] NewLine = "\r\n"u8.ToArray();
    private readonly ArrayBufferWriter<byte> _output = new(1024);

    public int Length => _output.WrittenCount;

    public byte[] ToArray() => _output.WrittenSpan.ToArray();

    /// <summary>SIZE w mm,h mm: the label size.</summary>
    public TsplBuilder Size(double widthMm, double heightMm)
    {
        Command($"SIZE {Millimetres(widthMm, nameof(widthMm))} mm,{Millimetres(heightMm, nameof(heightMm))} mm");
        return this;
    }

    /// <summary>GAP g mm,o mm: the gap between labels and its offset.</summary>
    public TsplBuilder Gap(double gapMm, double offsetMm = 0)
    {
        Command($"GAP {Millimetres(gapMm, nameof(gapMm), allowZero: true)} mm,{Millimetres(offsetMm, nameof(offsetMm), allowZero: true)} mm");
        return this;
    }

    /// <summary>DIRECTION 0|1.</summary>
    public TsplBuilder Direction(int direction)
    {
        Command($"DIRECTION {Check(direction, 0, 1, nameof(direction))}");
        return this;
    }

    /// <summary>CLS: clears the image buffer.</summary>
    public TsplBuilder Cls()
    {
        Command("CLS");
        return this;
    }

    /// <summary>TEXT x,y,"font",rotation,xmul,ymul,"content" with untrusted content.</summary>
    public TsplBuilder Text(int x, int y, string font, int rotation, int xMultiplier, int yMultiplier, string? content)
    {
        Start($"TEXT {Dots(x, nameof(x))},{Dots(y, nameof(y))},{FontName(font)},{Rotation(rotation)},{Check(xMultiplier, 1, 10, nameof(xMultiplier))},{Check(yMultiplier, 1, 10, nameof(yMultiplier))},");
        QuotedText(content);
        End();
        return this;
    }

    /// <summary>BOX x1,y1,x2,y2,thickness.</summary>
    public TsplBuilder Box(int x1, int y1, int x2, int y2, int thickness)
    {
        Command($"BOX {Dots(x1, nameof(x1))},{Dots(y1, nameof(y1))},{Dots(x2, nameof(x2))},{Dots(y2, nameof(y2))},{Check(thickness, 1, 999, nameof(thickness))}");
        return this;
    }

    /// <summary>BAR x,y,width,height: a filled rectangle.</summary>
    public TsplBuilder Bar(int x, int y, int width, int height)
    {
        Command($"BAR {Dots(x, nameof(x))},{Dots(y, nameof(y))},{Check(width, 1, 9999, nameof(width))},{Check(height, 1, 9999, nameof(height))}");
        return this;
    }

    /// <summary>PRINT sets,copies.</summary>
    public TsplBuilder Print(int sets = 1, int copies = 1)
    {
        Command($"PRINT {Check(sets, 1, 999, nameof(sets))},{Check(copies, 1, 999, nameof(copies))}");
        return this;
    }

    private void Command(string ascii)
    {
        Start(ascii);
        End();
    }

    private void Start(string ascii) => _output.Write(Encoding.ASCII.GetBytes(ascii));

    private void End() => _output.Write(NewLine);

    /// <summary>Writes "…" around sanitised, escaped, GBK-encoded text.</summary>
    private void QuotedText(string? content)
    {
        var clean = PrinterTextSanitizer.Sanitize(content);
        var escaped = new StringBuilder(clean.Length + 8);
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            if (c == '"')
                escaped.Append("\\[\"]");
            else if (c == '\\' && i + 1 < clean.Length && clean[i + 1] == '[')
                escaped.Append('\uFF3C'); // "\[" would start an escape sequence: print a full-width reverse solidus instead.
            else
                escaped.Append(c);
        }

        _output.Write("\""u8);
        _output.Write(PrinterEncodings.EncodeGbk(escaped.ToString()));
        _output.Write("\""u8);
    }

    private static string FontName(string font)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(font);
        if (!font.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            throw new ArgumentException($"\"{PrinterTextSanitizer.Sanitize(font)}\" is not a TSPL font name.", nameof(font));
        return "\"" + font + "\"";
    }

    private static string Rotation(int rotation) => rotation is 0 or 90 or 180 or 270
        ? rotation.ToString(CultureInfo.InvariantCulture)
        : throw new ArgumentOutOfRangeException(nameof(rotation), rotation, "Rotation must be 0, 90, 180 or 270.");

    private static string Dots(int value, string name) => Check(value, 0, 9999, name);

    private static string Check(int value, int min, int max, string name) => value >= min && value <= max
        ? value.ToString(CultureInfo.InvariantCulture)
        : throw new ArgumentOutOfRangeException(name, value, $"Must be {min}..{max}.");

    private static string Millimetres(double value, string name, bool allowZero = false)
    {
        if (double.IsNaN(value) || value < 0 || (!allowZero && value == 0) || value > 2000)
            throw new ArgumentOutOfRangeException(name, value, "Must be a length in millimetres (0..2000).");
        return Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
    }
}
