using System.Globalization;
using System.Text;

namespace PackStation.Hardware.Printers.Zpl;

/// <summary>
/// Builds one ZPL II label format as bytes. Pure and synchronous: no I/O, no state beyond the text being built.
/// Every piece of field data goes through <c>^FH</c> hex escaping (see <see cref="EscapeFieldData"/>), so untrusted
/// text can never end a field or start a command, and the output is always plain 7-bit ASCII.
/// Coordinates and sizes are in dots. Reference: Zebra ZPL II Programming Guide; docs/protocols.md "ZPL II".
/// </summary>
public sealed partial class ZplBuilder
{
    private static readonly System.Buffers.SearchValues<char> FontNameChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-");

    private readonly StringBuilder _zpl = new(1024);

    /// <summary>The field hex indicator used with <c>^FH</c> (Zebra's default).</summary>
    public const char HexIndicator = '_';

    /// <summary><c>^XA</c>: start of a label format.</summary>
    public ZplBuilder StartFormat() => Append("^XA");

    /// <summary><c>^XZ</c>: end of a label format; the printer prints it.</summary>
    public ZplBuilder EndFormat() => Append("^XZ");

    /// <summary><c>^CI28</c>: field data is UTF-8 (Unicode). Needed before any non-ASCII text or QR data.</summary>
    public ZplBuilder Utf8() => Append("^CI28");

    /// <summary><c>^PWn</c>: print width in dots.</summary>
    public ZplBuilder PrintWidth(int dots) => Append("^PW").Number(dots, 2, 32000);

    /// <summary><c>^LLn</c>: label length in dots.</summary>
    public ZplBuilder LabelLength(int dots) => Append("^LL").Number(dots, 1, 32000);

    /// <summary><c>^LHx,y</c>: label home (origin of every <c>^FO</c>).</summary>
    public ZplBuilder LabelHome(int x, int y) => Append("^LH").Number(x, 0, 32000).Append(",").Number(y, 0, 32000);

    /// <summary><c>^PQn</c>: print quantity.</summary>
    public ZplBuilder Quantity(int copies) => Append("^PQ").Number(copies, 1, 99_999_999);

    /// <summary>
    /// A text field in the built-in scalable font 0: <c>^FOx,y^A0N,h,w^FH^FD…^FS</c>.
    /// </summary>
    public ZplBuilder Text(int x, int y, int heightDots, int widthDots, string text)
    {
        FieldOrigin(x, y);
        Append("^A0N,").Number(heightDots, 10, 32000).Append(",").Number(widthDots, 10, 32000);
        return FieldData(text);
    }

    /// <summary>
    /// A text field in a font stored on the printer by name, e.g. a CJK TrueType font:
    /// <c>^FOx,y^A@N,h,w,E:ANMDS.TTF^FH^FD…^FS</c>. Needs <see cref="Utf8"/> for non-ASCII text.
    /// </summary>
    public ZplBuilder Text(int x, int y, string fontPath, int heightDots, int widthDots, string text)
    {
        ValidateFontPath(fontPath);
        FieldOrigin(x, y);
        Append("^A@N,").Number(heightDots, 10, 32000).Append(",").Number(widthDots, 10, 32000).Append(",").Append(fontPath);
        return FieldData(text);
    }

    /// <summary><c>^FOx,y^GBw,h,t^FS</c>: a box or, with one side equal to the thickness, a line.</summary>
    public ZplBuilder Box(int x, int y, int widthDots, int heightDots, int thicknessDots)
    {
        FieldOrigin(x, y);
        Append("^GB").Number(widthDots, 1, 32000).Append(",").Number(heightDots, 1, 32000).Append(",").Number(thicknessDots, 1, 32000);
        return Append("^FS");
    }

    public byte[] ToBytes() => Encoding.ASCII.GetBytes(_zpl.ToString());

    public override string ToString() => _zpl.ToString();

    private ZplBuilder FieldOrigin(int x, int y) => Append("^FO").Number(x, 0, 32000).Append(",").Number(y, 0, 32000);

    private ZplBuilder FieldData(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Append("^FH").Append(HexIndicator.ToString()).Append("^FD");
        EscapeFieldData(text, _zpl);
        return Append("^FS");
    }

    private ZplBuilder Append(string text)
    {
        _zpl.Append(text);
        return this;
    }

    private ZplBuilder Number(int value, int min, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, max);
        _zpl.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    private static void ValidateFontPath(string fontPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fontPath);
        // A font name is configuration, but it is still written outside ^FD: allow only a drive letter, a colon and a plain file name.
        var ok = fontPath.Length is >= 3 and <= 20 && char.IsAsciiLetterUpper(fontPath[0]) && fontPath[1] == ':'
            && fontPath.AsSpan(2).IndexOfAnyExcept(FontNameChars) < 0;
        if (!ok)
            throw new ArgumentException($"\"{fontPath}\" is not a printer font name like E:ANMDS.TTF.", nameof(fontPath));
    }
}
