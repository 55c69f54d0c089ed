using PackStation.Hardware.Scales.Framing;

namespace PackStation.Hardware.Scales.MtSics;

/// <summary>
/// Mettler Toledo MT-SICS (Standard Interface Command Set), 9600 8N1, lines ending CR LF. Weight replies echo the
/// command, then a status and a right-aligned value with its unit: <c>S S     100.00 g</c> (S stable, D dynamic).
/// Error replies: <c>S I</c> not executable now, <c>S +</c> overload, <c>S -</c> underload; zero: <c>Z A</c> done,
/// <c>Z I</c>/<c>Z +</c>/<c>Z -</c>; tare: <c>T S value unit</c>, <c>T I</c>/<c>T +</c>/<c>T -</c>; generic
/// <c>ES</c> syntax, <c>ET</c> transmission, <c>EL</c> logical error.
/// </summary>
public sealed class MtSicsProtocol : IDelimitedScaleProtocol
{
    public string Name => "mt-sics";

    public FrameShape Shape { get; } = new(Start: null, End: [0x0D, 0x0A], MaxLength: 96);

    public byte[]? PollCommand => MtSicsCommands.WeightImmediately;

    public byte[]? StartContinuousCommand => MtSicsCommands.WeightImmediatelyRepeat;

    public byte[]? ZeroCommand => MtSicsCommands.Zero;

    public byte[]? TareCommand => MtSicsCommands.Tare;

    public ScaleFrameResult Parse(ReadOnlySpan<byte> frame, DateTimeOffset at)
    {
        if (frame.Length < 4 || frame[^2] != 0x0D || frame[^1] != 0x0A)
            return Readings.Error("not an MT-SICS line", frame, at).Result();
        var line = FrameText.Ascii(frame[..^2]);
        if (line.Contains('\0', StringComparison.Ordinal))
            return Readings.Error("MT-SICS line with control or non-ASCII bytes", frame, at).Result();
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
            return Readings.Error("empty MT-SICS line", frame, at).Result();

        return parts[0] switch
        {
            "ES" when parts.Length == 1 => Readings.Error("MT-SICS syntax error (ES)", frame, at).Result(),
            "ET" when parts.Length == 1 => Readings.Error("MT-SICS transmission error (ET)", frame, at).Result(),
            "EL" when parts.Length == 1 => Readings.Error("MT-SICS logical error (EL)", frame, at).Result(),
            "S" or "SI" or "SIR" => ParseWeight(parts, frame, at),
            "Z" or "ZI" => ParseZero(parts, frame, at),
            "T" or "TI" or "TAC" or "TA" => ParseTare(parts, frame, at),
            _ => Readings.Error($"unexpected MT-SICS reply \"{parts[0]}\"", frame, at).Result(),
        };
    }

    private static ScaleFrameResult ParseWeight(string[] parts, ReadOnlySpan<byte> frame, DateTimeOffset at)
    {
        if (parts.Length == 2)
        {
            return parts[1] switch
            {
                "I" => Readings.Error("weighing not possible now (I): busy or no stable weight in time", frame, at).Result(),
                "+" => Readings.Overload(false, frame, at).Result(),
                "-" => Readings.UnderZero(false, frame, at).Result(),
                _ => Readings.Error("malformed MT-SICS weight reply", frame, at).Result(),
            };
        }

        if (parts.Length != 4 || parts[1] is not ("S" or "D"))
            return Readings.Error("malformed MT-SICS weight reply", frame, at).Result();
        if (!WeightUnits.TryParseNumber(parts[2], out var value))
            return Readings.Error("unreadable MT-SICS weight value", frame, at).Result();
        return Readings.Weight(value, parts[3], stable: parts[1] == "S", frame, at).Result();
    }

    private static ScaleFrameResult ParseZero(string[] parts, ReadOnlySpan<byte> frame, DateTimeOffset at)
    {
        if (parts.Length != 2)
            return Readings.Error("malformed MT-SICS zero reply", frame, at).Result();
        return parts[1] switch
        {
            "A" or "S" or "D" => ScaleFrameResult.Acknowledged,
            "I" => Readings.Error("zero not executable now (Z I)", frame, at).Result(),
            "+" => Readings.Error("zero refused: above the zero-setting range (Z +)", frame, at).Result(),
            "-" => Readings.Error("zero refused: below the zero-setting range (Z -)", frame, at).Result(),
            _ => Readings.Error("malformed MT-SICS zero reply", frame, at).Result(),
        };
    }

    private static ScaleFrameResult ParseTare(string[] parts, ReadOnlySpan<byte> frame, DateTimeOffset at)
    {
        if (parts.Length >= 2 && parts[1] is "S" or "A" or "D")
            return ScaleFrameResult.Acknowledged;
        return parts.Length == 2 && parts[1] is "I" or "+" or "-"
            ? Readings.Error($"tare refused ({parts[0]} {parts[1]})", frame, at).Result()
            : Readings.Error("malformed MT-SICS tare reply", frame, at).Result();
    }
}
