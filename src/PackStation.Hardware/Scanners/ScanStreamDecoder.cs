using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scanners.Framing;

namespace PackStation.Hardware.Scanners;

/// <summary>
/// Bytes in, scans out: framing, decoding and debouncing for one scanner, with a profile's settings. Single-threaded;
/// the driver's read loop feeds it. Every frame becomes exactly one scan (valid or not) unless debounced.
/// </summary>
public sealed class ScanStreamDecoder
{
    private readonly ScanFramer _framer;
    private readonly ScanDecoder _decoder;
    private readonly ScanDebouncer _debouncer;
    private readonly List<ScanFrame> _frames = [];

    public ScanStreamDecoder(ScannerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _framer = new ScanFramer(settings.ParsedSuffix, settings.InterCharacterTimeout);
        _decoder = new ScanDecoder(settings.Prefix, settings.ParsedAimIds);
        _debouncer = new ScanDebouncer(settings.DebounceWindow);
        IdleFlushAfter = settings.IdleFlushAfter;
    }

    /// <summary>After this long without bytes, an unfinished scan should be flushed (<see cref="FlushIdle"/>).</summary>
    public TimeSpan IdleFlushAfter { get; }

    public bool HasPending => _framer.HasPending;

    /// <summary>How many double reads were dropped.</summary>
    public long Debounced { get; private set; }

    public void Push(ReadOnlySpan<byte> data, DateTimeOffset now, List<Scan> output)
    {
        _framer.Push(data, now, _frames);
        Drain(output);
    }

    /// <summary>Marks the unfinished scan as damaged (see <see cref="ScanFramer.Taint"/>).</summary>
    public void Taint(string error, DateTimeOffset now) => _framer.Taint(error, now);

    /// <summary>The device went quiet: a suffix-less scan ends; with a suffix the half scan is reported as incomplete.</summary>
    public void FlushIdle(List<Scan> output)
    {
        _framer.Flush(null, _frames);
        Drain(output);
    }

    /// <summary>The device marked the end of a scan itself (HID POS): what is pending is a whole scan.</summary>
    public void EndScan(List<Scan> output)
    {
        _framer.End(_frames);
        Drain(output);
    }

    /// <summary>The device went away: a half scan is reported as an error naming <paramref name="reason"/>.</summary>
    public void FlushDisconnected(string reason, List<Scan> output)
    {
        _framer.Flush("incomplete scan when the device disconnected: " + reason, _frames);
        Drain(output);
    }

    private void Drain(List<Scan> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var frame in _frames)
        {
            var scan = _decoder.Decode(frame);
            if (_debouncer.ShouldDeliver(scan))
                output.Add(scan);
            else
                Debounced++;
        }

        _frames.Clear();
    }
}
