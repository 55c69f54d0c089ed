using System.Text;

namespace PackStation.Hardware.Printers.Zpl;

public sealed partial class ZplBuilder
{
    /// <summary>
    /// A Code 128 symbol: <c>^FOx,y^BYm^BCN,h,Y|N,N,N^FD…^FS</c>, subsets chosen here with invocation codes
    /// (<c>&gt;:</c> start B, <c>&gt;;</c> start C, <c>&gt;5</c>/<c>&gt;6</c> switch to C/B) so runs of digits are dense.
    /// In subset B the characters <c>^</c>, <c>&gt;</c> and <c>~</c> are written as <c>&gt;&lt;</c>, <c>&gt;0</c>, <c>&gt;=</c>
    /// (ZPL guide, table of Code 128 invocation characters), so the data can never carry a command or a subset switch.
    /// Only printable ASCII can be encoded; anything else is an <see cref="ArgumentException"/>.
    /// </summary>
    public ZplBuilder Code128(int x, int y, string data, int heightDots, int moduleDots = 2, bool interpretationLine = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(data);
        if (data.AsSpan().IndexOfAnyExceptInRange(' ', '~') >= 0)
            throw new ArgumentException("Code 128 data must be printable ASCII.", nameof(data));
        FieldOrigin(x, y);
        Append("^BY").Number(moduleDots, 1, 10);
        Append("^BCN,").Number(heightDots, 1, 32000).Append(interpretationLine ? ",Y,N,N" : ",N,N,N");
        Append("^FD");
        AppendCode128Data(data, _zpl);
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

    /// <summary>Code 128 field data with subset selection and escaped specials (see <see cref="Code128"/>).</summary>
    internal static void AppendCode128Data(string data, StringBuilder output)
    {
        var i = 0;
        var subsetC = false;
        while (i < data.Length)
        {
            var run = DigitRun(data, i);
            var atStart = i == 0;
            var atEnd = i + run == data.Length;
            var worthC = run >= (atStart || atEnd ? 4 : 6);
            if (worthC)
            {
                var even = run - (run % 2);
                if (run % 2 == 1 && !atStart)
                {
                    // the odd digit first, still in subset B, so the C run that follows is even
                    AppendSubsetB(data[i], ref subsetC, atStart, output);
                    i++;
                }
                else if (run % 2 == 1)
                {
                    even = run - 1; // starting in C: the odd digit goes after the run, in B
                }

                output.Append(atStart ? ">;" : subsetC ? string.Empty : ">5");
                subsetC = true;
                output.Append(data, i, even);
                i += even;
                continue;
            }

            for (var end = i + Math.Max(run, 1); i < end; i++)
                AppendSubsetB(data[i], ref subsetC, i == 0, output);
        }
    }

    private static void AppendSubsetB(char c, ref bool subsetC, bool atStart, StringBuilder output)
    {
        if (atStart)
            output.Append(">:");
        else if (subsetC)
            output.Append(">6");
        subsetC = false;
        output.Append(c switch
        {
            '^' => "><",
            '>' => ">0",
            '~' => ">=",
            _ => c.ToString(),
        });
    }

    private static int DigitRun(string data, int start)
    {
        var end = start;
        while (end < data.Length && char.IsAsciiDigit(data[end]))
            end++;
        return end - start;
    }
}
