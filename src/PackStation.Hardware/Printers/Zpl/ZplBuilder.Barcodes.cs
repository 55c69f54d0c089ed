using System.Text;

namespace PackStation.Hardware.Printers.Zpl;

public sealed partial class ZplBuilder
{
    /// <summary>
    /// A Code 128 symbol. Data without <c>^</c>, <c>~</c> or <c>&gt;</c> uses the printer's automatic subset selection
    /// (mode A: runs of digits in subset C): <c>^FOx,y^BYm^BCN,h,Y|N,N,N,A^FD…^FS</c>. Data with any of them is
    /// written in subset B (mode N, start code <c>&gt;:</c>) with those characters as the invocation codes
    /// <c>&gt;&lt;</c>, <c>&gt;0</c>, <c>&gt;=</c> (ZPL guide, Code 128 invocation characters), so the data can never
    /// carry a command or a subset switch. Only printable ASCII can be encoded; anything else is an <see cref="ArgumentException"/>.
    /// </summary>
    public ZplBuilder Code128(int x, int y, string data, int heightDots, int moduleDots = 2, bool interpretationLine = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(data);
        if (data.AsSpan().IndexOfAnyExceptInRange(' ', '~') >= 0)
            throw new ArgumentException("Code 128 data must be printable ASCII.", nameof(data));
        var special = data.AsSpan().IndexOfAny('^', '~', '>') >= 0;
        FieldOrigin(x, y);
        Append("^BY").Number(moduleDots, 1, 10);
        Append("^BCN,").Number(heightDots, 1, 32000).Append(interpretationLine ? ",Y,N,N," : ",N,N,N,").Append(special ? "N" : "A");
        Append("^FD");
        if (special)
            AppendSubsetB(data, _zpl);
        else
            _zpl.Append(data);
        return Append("^FS");
    }

    /// <summary>
    /// A GS1-128 symbol of all-numeric element strings (e.g. SSCC: AI 00 + 18 digits) in subset C with a leading FNC1:
    /// <c>^BCN,h,Y,N,N^FD&gt;;&gt;8…^FS</c>.
    /// </summary>
    public ZplBuilder Gs1Code128(int x, int y, string digits, int heightDots, int moduleDots = 2, bool interpretationLine = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(digits);
        if (digits.Length % 2 != 0 || digits.AsSpan().IndexOfAnyExceptInRange('0', '9') >= 0)
            throw new ArgumentException("GS1-128 data here must be an even number of digits.", nameof(digits));
        FieldOrigin(x, y);
        Append("^BY").Number(moduleDots, 1, 10);
        Append("^BCN,").Number(heightDots, 1, 32000).Append(interpretationLine ? ",Y,N,N" : ",N,N,N");
        return Append("^FD>;>8").Append(digits).Append("^FS");
    }

    /// <summary>
    /// A QR code, model 2: <c>^FOx,y^BQN,2,m^FH_^FD{level}A,…^FS</c>. The data goes through the same <c>^FH</c>
    /// escaping as text (call <see cref="Utf8"/> first for non-ASCII data).
    /// </summary>
    public ZplBuilder Qr(int x, int y, string data, int magnification = 4, char errorLevel = 'M')
    {
        ArgumentException.ThrowIfNullOrEmpty(data);
        if (errorLevel is not ('H' or 'Q' or 'M' or 'L'))
            throw new ArgumentOutOfRangeException(nameof(errorLevel), errorLevel, "QR error level is H, Q, M or L.");
        FieldOrigin(x, y);
        Append("^BQN,2,").Number(magnification, 1, 10);
        Append("^FH").Append(HexIndicator.ToString()).Append("^FD").Append(errorLevel.ToString()).Append("A,");
        EscapeFieldData(data, _zpl);
        return Append("^FS");
    }

    private static void AppendSubsetB(string data, StringBuilder output)
    {
        output.Append(">:");
        foreach (var c in data)
        {
            output.Append(c switch
            {
                '^' => "><",
                '>' => ">0",
                '~' => ">=",
                _ => c.ToString(),
            });
        }
    }
}
