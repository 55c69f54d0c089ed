using System.Text;

namespace PackStation.Hardware.Printers.Zpl;

public sealed partial class ZplBuilder
{
    private const string Hex = "0123456789ABCDEF";

    /// <summary>
    /// A monochrome image: <c>^FOx,y^GFA,b,c,d,data^FS</c> with b = c = total bytes and d = bytes per row.
    /// <paramref name="packedRows"/> holds <paramref name="heightDots"/> rows of ceil(width/8) bytes, most significant bit
    /// leftmost, 1 = black. With <paramref name="compress"/> the ASCII hex uses Zebra's alternative compression scheme
    /// (repeat counts G–Y = 1–19 and g–z = 20–400, <c>,</c> zeros to the row's end, <c>!</c> ones to the row's end,
    /// <c>:</c> repeat the previous row); without it every byte is two hex digits.
    /// </summary>
    public ZplBuilder Graphic(int x, int y, int widthDots, int heightDots, ReadOnlySpan<byte> packedRows, bool compress = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(widthDots, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(heightDots, 1);
        var bytesPerRow = (widthDots + 7) / 8;
        var total = bytesPerRow * heightDots;
        if (packedRows.Length != total)
            throw new ArgumentException($"A {widthDots}x{heightDots} image needs {total} bytes, not {packedRows.Length}.", nameof(packedRows));
        FieldOrigin(x, y);
        Append("^GFA,").Number(total, 1, int.MaxValue).Append(",").Number(total, 1, int.MaxValue).Append(",").Number(bytesPerRow, 1, 32000).Append(",");
        if (compress)
            AppendCompressedHex(packedRows, bytesPerRow, _zpl);
        else
            foreach (var b in packedRows)
                _zpl.Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
        return Append("^FS");
    }

    public static void AppendCompressedHex(ReadOnlySpan<byte> packedRows, int bytesPerRow, StringBuilder output)
    {
        var rowHex = new char[bytesPerRow * 2];
        ReadOnlySpan<byte> previous = default;
        for (var offset = 0; offset < packedRows.Length; offset += bytesPerRow)
        {
            var row = packedRows.Slice(offset, bytesPerRow);
            if (offset > 0 && row.SequenceEqual(previous))
            {
                output.Append(':');
                continue;
            }

            previous = row;
            for (var i = 0; i < row.Length; i++)
            {
                rowHex[2 * i] = Hex[row[i] >> 4];
                rowHex[(2 * i) + 1] = Hex[row[i] & 0xF];
            }

            AppendCompressedRow(rowHex, output);
        }
    }

    private static void AppendCompressedRow(ReadOnlySpan<char> hex, StringBuilder output)
    {
        // A trailing run of whole zero (or FF) bytes becomes ',' (or '!'); the filler starts on a byte boundary.
        var end = hex.Length;
        var fill = hex[^1] is '0' or 'F' ? hex[^1] : '\0';
        if (fill != '\0')
        {
            while (end >= 2 && hex[end - 1] == fill && hex[end - 2] == fill)
                end -= 2;
        }

        var i = 0;
        while (i < end)
        {
            var c = hex[i];
            var run = 1;
            while (i + run < end && hex[i + run] == c)
                run++;
            AppendRepeat(run, c, output);
            i += run;
        }

        if (end < hex.Length)
            output.Append(fill == '0' ? ',' : '!');
    }

    private static void AppendRepeat(int count, char hexDigit, StringBuilder output)
    {
        if (count <= 2)
        {
            output.Append(hexDigit, count); // a repeat count would not be shorter
            return;
        }

        while (count > 0)
        {
            var hundreds = Math.Min(count / 20, 20);
            if (hundreds > 0)
                output.Append((char)('g' + hundreds - 1));
            var ones = count - (hundreds * 20);
            if (ones > 19)
                ones = 0; // more than 400: the rest goes round the loop again
            if (ones > 0)
                output.Append((char)('G' + ones - 1));
            output.Append(hexDigit);
            count -= (hundreds * 20) + ones;
        }
    }
}
