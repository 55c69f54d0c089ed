using System.Text;
using PackStation.Hardware.Printers;

namespace PackStation.Labels.Tests.Support;

/// <summary>
/// Reads back what a test needs from an ESC/POS stream, from the command definitions (not from our builder):
/// Code 128 data of GS k 73 n d1..dn, and GS v 0 raster images stacked into one bitmap.
/// </summary>
public static class EscPosStream
{
    static EscPosStream() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    /// <summary>The human data of every GS k 73 symbol: "{A"/"{B"/"{C" select sets; in C each byte is two digits.</summary>
    public static IReadOnlyList<string> Code128(byte[] stream)
    {
        var result = new List<string>();
        for (var i = 0; i + 3 < stream.Length; i++)
        {
            if (stream[i] != 0x1D || stream[i + 1] != 0x6B || stream[i + 2] != 73)
                continue;
            int n = stream[i + 3];
            var data = stream.AsSpan(i + 4, n);
            var text = new StringBuilder();
            var set = 'B';
            for (var j = 0; j < data.Length; j++)
            {
                if (data[j] == '{' && j + 1 < data.Length)
                {
                    var code = (char)data[++j];
                    if (code is 'A' or 'B' or 'C')
                        set = code;
                    else if (code == '{')
                        text.Append('{');
                    continue;
                }

                text.Append(set == 'C' ? data[j].ToString("D2", System.Globalization.CultureInfo.InvariantCulture) : ((char)data[j]).ToString());
            }

            result.Add(text.ToString());
            i += 3 + n;
        }

        return result;
    }

    /// <summary>Every GS v 0 band, one under the other, in a bitmap as wide as the widest band.</summary>
    public static MonoBitmap Raster(byte[] stream)
    {
        var bands = new List<(int BytesPerRow, int Rows, int Offset)>();
        for (var i = 0; i + 7 < stream.Length; i++)
        {
            if (stream[i] != 0x1D || stream[i + 1] != 0x76 || stream[i + 2] != 0x30)
                continue;
            var x = stream[i + 4] | (stream[i + 5] << 8);
            var y = stream[i + 6] | (stream[i + 7] << 8);
            bands.Add((x, y, i + 8));
            i += 7 + (x * y);
        }

        var width = Math.Max(1, bands.Count == 0 ? 1 : bands.Max(b => b.BytesPerRow) * 8);
        var height = Math.Max(1, bands.Sum(b => b.Rows));
        var image = new MonoBitmap(width, height);
        var top = 0;
        foreach (var (bytesPerRow, rows, offset) in bands)
        {
            for (var r = 0; r < rows; r++)
                for (var x = 0; x < bytesPerRow * 8; x++)
                    if ((stream[offset + (r * bytesPerRow) + (x >> 3)] & (0x80 >> (x & 7))) != 0)
                        image[x, top + r] = true;
            top += rows;
        }

        return image;
    }

    public static int Count(byte[] stream, params byte[] sequence) =>
        Enumerable.Range(0, Math.Max(0, stream.Length - sequence.Length + 1)).Count(i => stream.AsSpan(i, sequence.Length).SequenceEqual(sequence));
}
