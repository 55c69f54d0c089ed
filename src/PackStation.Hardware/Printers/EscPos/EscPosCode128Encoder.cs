namespace PackStation.Hardware.Printers.EscPos;

/// <summary>
/// Turns Code 128 data into the bytes of <c>GS k 73</c>: a code-set selector (<c>{B</c> or <c>{C</c>), code set C for
/// runs of digits (two digits per byte), <c>{{</c> for a literal brace and <c>{1</c> for FNC1. Counts the symbol
/// characters so the caller can check the printed width.
/// </summary>
public static class EscPosCode128Encoder
{
    /// <summary>The ASCII group separator stands for FNC1 in GS1 data, as scanners transmit it.</summary>
    public const char Gs1Separator = '\u001D';

    /// <summary>
    /// Encodes <paramref name="data"/> (printable ASCII; in GS1 mode also <see cref="Gs1Separator"/> between element
    /// strings). In GS1 mode the symbol starts with FNC1.
    /// </summary>
    public static (byte[] Bytes, int SymbolCharacters) Encode(string data, bool gs1)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length == 0)
            throw new ArgumentException("Code 128 data is empty.", nameof(data));
        for (var i = 0; i < data.Length; i++)
        {
            var c = data[i];
            var allowed = (c >= 0x20 && c <= 0x7E) || (gs1 && c == Gs1Separator && i > 0);
            if (!allowed)
                throw new ArgumentException($"Code 128 data may hold printable ASCII only; character U+{(int)c:X4} at position {i} is not.", nameof(data));
        }

        var output = new List<byte>(data.Length + 8);
        var symbols = 0;
        char? set = null;
        var i2 = 0;
        if (gs1)
        {
            set = DigitRun(data, 0) >= 2 ? 'C' : 'B';
            Select(output, set.Value);
            output.Add((byte)'{');
            output.Add((byte)'1');
            symbols++;
        }

        while (i2 < data.Length)
        {
            var c = data[i2];
            if (c == Gs1Separator)
            {
                output.Add((byte)'{');
                output.Add((byte)'1');
                symbols++;
                i2++;
                continue;
            }

            var run = DigitRun(data, i2);
            var atEnd = i2 + run == data.Length;
            var wantC = set == 'C' ? run >= 2 : run >= 4 && (atEnd || run >= 6 || set is null);
            if (wantC)
            {
                if (run % 2 == 1 && set != 'C')
                {
                    // An odd run: the first digit goes in code set B, the even rest in C.
                    EnsureSet(output, ref set, 'B', ref symbols);
                    output.Add((byte)c);
                    symbols++;
                    i2++;
                    run--;
                }

                EnsureSet(output, ref set, 'C', ref symbols);
                for (var k = 0; k < run / 2 * 2; k += 2)
                {
                    output.Add((byte)(((data[i2] - '0') * 10) + (data[i2 + 1] - '0')));
                    symbols++;
                    i2 += 2;
                }

                continue;
            }

            EnsureSet(output, ref set, 'B', ref symbols);
            if (c == '{')
                output.Add((byte)'{');
            output.Add((byte)c);
            symbols++;
            i2++;
        }

        if (output.Count > 255)
            throw new ArgumentException($"Code 128 data is too long for one GS k command ({output.Count} bytes, at most 255).", nameof(data));
        return ([.. output], symbols);
    }

    private static void EnsureSet(List<byte> output, ref char? set, char wanted, ref int symbols)
    {
        if (set == wanted)
            return;
        if (set is not null)
            symbols++;
        Select(output, wanted);
        set = wanted;
    }

    private static void Select(List<byte> output, char set)
    {
        output.Add((byte)'{');
        output.Add((byte)set);
    }

    private static int DigitRun(string data, int start)
    {
        var end = start;
        while (end < data.Length && char.IsAsciiDigit(data[end]))
            end++;
        return end - start;
    }
}
