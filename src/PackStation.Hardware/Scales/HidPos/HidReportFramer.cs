using PackStation.Hardware.Scales.Framing;

namespace PackStation.Hardware.Scales.HidPos;

/// <summary>
/// Frames for hidraw, where every read returns one report: a read is a frame, except that a read holding several whole
/// reports (a pipe or pty in tests) is split. A short or odd read stays one frame, which the parser reports as an
/// error. The first <c>discard</c> reports after starting and after each <see cref="Reset"/> (a reconnect) are
/// dropped: the first report after opening is often stale.
/// </summary>
public sealed class HidReportFramer(int reportLength, int discard) : IScaleFramer
{
    private int _toDiscard = Math.Max(0, discard);

    public void Push(ReadOnlySpan<byte> data, List<RawFrame> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (data.IsEmpty)
            return;
        if (reportLength <= 0 || data.Length <= reportLength || data.Length % reportLength != 0)
        {
            Add(data, output);
            return;
        }

        for (var i = 0; i < data.Length; i += reportLength)
            Add(data.Slice(i, reportLength), output);
    }

    public void Reset(List<RawFrame> output) => _toDiscard = Math.Max(0, discard);

    private void Add(ReadOnlySpan<byte> report, List<RawFrame> output)
    {
        if (_toDiscard > 0)
        {
            _toDiscard--;
            return;
        }

        output.Add(new RawFrame(report.ToArray()));
    }
}
