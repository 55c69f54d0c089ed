using PackStation.Hardware.Scales.Framing;

namespace PackStation.Hardware.Scales.Sma;

/// <summary>
/// SMA standard scale protocol (SMA SCP-0499 level 1). Requests are <c>&lt;LF&gt;cmd&lt;CR&gt;</c>; the standard
/// response is 20 bytes: <c>&lt;LF&gt; s r n m f xxxxxx.xxx uuu &lt;CR&gt;</c> — status (Z centre of zero, O over,
/// U under, E zero error, I initial-zero error, T tare error, space none), range, mode (G gross, N net, T tare, g/n
/// high resolution), motion (M moving, space stable), reserved, a 10-character weight and a 3-character unit.
/// A diagnostic reply is <c>&lt;LF&gt; r e c m &lt;CR&gt;</c>.
/// </summary>
public sealed class SmaProtocol : IDelimitedScaleProtocol
{
    public const int ResponseLength = 20;
    private const int DiagnosticLength = 6;

    public string Name => "sma";

    public FrameShape Shape { get; } = new(Start: 0x0A, End: [0x0D], MaxLength: 64);

    public byte[]? PollCommand => SmaCommands.Weight;

    public byte[]? StartContinuousCommand => SmaCommands.RepeatWeight;

    public byte[]? ZeroCommand => SmaCommands.Zero;

    public byte[]? TareCommand => SmaCommands.Tare;

    public ScaleFrameResult Parse(ReadOnlySpan<byte> frame, DateTimeOffset at)
    {
        if (frame.Length == DiagnosticLength && frame[0] == 0x0A && frame[^1] == 0x0D)
            return ParseDiagnostic(frame, at);
        if (frame.Length != ResponseLength || frame[0] != 0x0A || frame[^1] != 0x0D)
            return Readings.Error($"not an SMA response ({frame.Length} bytes, expected {ResponseLength})", frame, at).Result();

        var text = FrameText.Ascii(frame[1..^1]);
        char status = text[0], range = text[1], mode = text[2], motion = text[3];
        var weight = text.AsSpan(5, 10);
        var unit = text.Substring(15, 3);

        if (range is < '0' or > '9' || "GTNgn".IndexOf(mode, StringComparison.Ordinal) < 0 || motion is not (' ' or 'M') || text[4] == '\0')
            return Readings.Error("malformed SMA status fields", frame, at).Result();
        var stable = motion == ' ';
        switch (status)
        {
            case 'E': return Readings.Error("zero error", frame, at).Result();
            case 'I': return Readings.Error("initial zero error", frame, at).Result();
            case 'T': return Readings.Error("tare error", frame, at).Result();
            case 'O': return Readings.Overload(stable, frame, at).Result();
            case 'Z' or 'U' or ' ' or 'e':
                break;
            default:
                return Readings.Error($"unknown SMA status '{status}'", frame, at).Result();
        }

        if (status == 'e')
            return Readings.Error("weight not being displayed", frame, at).Result();
        if (mode == 'T')
            return ScaleFrameResult.Acknowledged; // the tare weight (reply to M), not a load on the platform
        if (!WeightUnits.TryParseNumber(weight, out var value))
            return Readings.Error("unreadable SMA weight field", frame, at).Result();
        if (WeightUnits.Normalize(unit) is null)
            return Readings.Error($"unknown SMA unit \"{unit.Trim()}\"", frame, at).Result();
        if (status == 'U' && value >= 0)
            return Readings.UnderZero(stable, frame, at).Result();
        return Readings.Weight(value, unit, stable, frame, at, atZero: status == 'Z').Result();
    }

    private static ScaleFrameResult ParseDiagnostic(ReadOnlySpan<byte> frame, DateTimeOffset at)
    {
        var text = FrameText.Ascii(frame[1..^1]);
        var faults = new List<string>();
        if (text[0] == 'R') faults.Add("RAM");
        if (text[1] == 'E') faults.Add("EEPROM");
        if (text[2] == 'C') faults.Add("calibration");
        if (text[3] == 'M') faults.Add("ROM");
        if (faults.Count == 0 && text.All(c => c == ' '))
            return ScaleFrameResult.Acknowledged;
        return Readings.Error(faults.Count > 0 ? "scale diagnostic: " + string.Join(", ", faults) + " error" : "malformed SMA diagnostic reply", frame, at).Result();
    }
}
