using System.Globalization;
using System.Text;

namespace PackStation.Hardware.Printers.Zpl;

/// <summary>
/// Reads the reply to <c>~HS</c>: three <c>STX … ETX</c> strings (each followed by CR LF). Bytes outside a frame are
/// ignored; a frame longer than 128 bytes or with the wrong field count is an error, reported, not thrown.
/// </summary>
public sealed class ZplHostStatusParser
{
    /// <summary>The host status query.</summary>
    public static ReadOnlySpan<byte> Query => "~HS"u8;

    private const byte Stx = 0x02;
    private const byte Etx = 0x03;
    private const int MaxFrame = 128;
    private readonly List<string> _frames = new(3);
    private readonly StringBuilder _current = new();
    private bool _inFrame;

    /// <summary>Feeds bytes; returns true when all three strings have arrived (then <see cref="Result"/> or <see cref="Error"/> is set).</summary>
    public bool Accept(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (_frames.Count == 3)
                break;
            if (b == Stx)
            {
                _inFrame = true;
                _current.Clear();
            }
            else if (b == Etx && _inFrame)
            {
                _inFrame = false;
                _frames.Add(_current.ToString());
            }
            else if (_inFrame)
            {
                if (_current.Length >= MaxFrame)
                {
                    Error = "a ~HS string is longer than 128 bytes";
                    return true;
                }

                _current.Append((char)b);
            }
        }

        if (_frames.Count < 3)
            return false;
        Parse();
        return true;
    }

    public ZplHostStatus? Result { get; private set; }

    public string? Error { get; private set; }

    private void Parse()
    {
        var one = _frames[0].Split(',');
        var two = _frames[1].Split(',');
        if (one.Length != 12 || two.Length != 11)
        {
            Error = $"unexpected ~HS field counts {one.Length} and {two.Length} (expected 12 and 11)";
            return;
        }

        if (!(one.All(IsNumber) && two.All(IsNumber)))
        {
            Error = "a ~HS field is not a number";
            return;
        }

        Result = new ZplHostStatus
        {
            PaperOut = one[1] == "1",
            Paused = one[2] == "1",
            FormatsInBuffer = int.Parse(one[4], CultureInfo.InvariantCulture),
            BufferFull = one[5] == "1",
            PartialFormat = one[7] == "1",
            CorruptRam = one[9] == "1",
            UnderTemperature = one[10] == "1",
            OverTemperature = one[11] == "1",
            HeadUp = two[2] == "1",
            RibbonOut = two[3] == "1",
            LabelsRemaining = int.Parse(two[8], CultureInfo.InvariantCulture),
        };
    }

    private static bool IsNumber(string field) => field.Length is > 0 and <= 9 && field.All(char.IsAsciiDigit);
}
