using PackStation.Hardware.Scales.Framing;

namespace PackStation.Hardware.Scales.Cas;

/// <summary>
/// CAS indicator stream (CI/NT/PDS series; cloned by many Chinese indicators). The 22-byte "CAS" frame:
/// <c>ST,GS,</c> + device id + lamp byte + <c>,</c> + 8-character weight + space + 2-character unit + CR LF; the
/// 18-byte "AND" frame: <c>ST,GS,</c> + 8-character weight + unit + CR LF. State: ST stable, US unstable,
/// OL overload; mode: GS gross, NT net. The scale streams by itself; it has no zero or tare command in this mode.
/// </summary>
public sealed class CasProtocol : IDelimitedScaleProtocol
{
    public const int CasFrameLength = 22;
    public const int AndFrameLength = 18;

    public string Name => "cas";

    public FrameShape Shape { get; } = new(Start: null, End: [0x0D, 0x0A], MaxLength: 64);

    public byte[]? PollCommand => null;

    public byte[]? StartContinuousCommand => null;

    public byte[]? ZeroCommand => null;

    public byte[]? TareCommand => null;

    public ScaleFrameResult Parse(ReadOnlySpan<byte> frame, DateTimeOffset at)
    {
        if (frame.Length is not (CasFrameLength or AndFrameLength) || frame[^2] != 0x0D || frame[^1] != 0x0A)
            return Readings.Error($"not a CAS frame ({frame.Length} bytes, expected {CasFrameLength} or {AndFrameLength})", frame, at).Result();
        var text = FrameText.Ascii(frame);
        if (text[2] != ',' || text[5] != ',')
            return Readings.Error("malformed CAS frame: separators missing", frame, at).Result();
        var state = text[..2];
        var mode = text[3..5];

        string weight, unit;
        if (frame.Length == CasFrameLength)
        {
            // The lamp byte (index 7) has bit 7 set and is not ASCII; the device id is ASCII from '1'.
            if (text[8] != ',' || text[17] != ' ' || frame[6] < 0x30 || frame[6] > 0x7E || (frame[7] & 0x80) == 0)
                return Readings.Error("malformed CAS frame: id, lamp or separator wrong", frame, at).Result();
            weight = text[9..17];
            unit = text[18..20];
        }
        else
        {
            weight = text[6..14];
            unit = text[14..16];
        }

        if (mode is not ("GS" or "NT"))
            return Readings.Error($"unknown CAS weighing mode \"{mode}\"", frame, at).Result();
        if (state == "OL")
            return Readings.Overload(false, frame, at).Result();
        if (state is not ("ST" or "US"))
            return Readings.Error($"unknown CAS state \"{state}\"", frame, at).Result();
        if (weight.Contains('\0', StringComparison.Ordinal) || !WeightUnits.TryParseNumber(weight, out var value))
            return Readings.Error("unreadable CAS weight field", frame, at).Result();
        if (WeightUnits.Normalize(unit) is null)
            return Readings.Error($"unknown CAS unit \"{unit.Trim()}\"", frame, at).Result();
        return Readings.Weight(value, unit, stable: state == "ST", frame, at).Result();
    }
}
