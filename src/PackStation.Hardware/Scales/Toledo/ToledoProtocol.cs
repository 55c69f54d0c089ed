using PackStation.Hardware.Scales.Framing;

namespace PackStation.Hardware.Scales.Toledo;

/// <summary>
/// Mettler Toledo 8213/8217 POS protocol (7E1). Single-character requests without terminator. <c>W</c> answers
/// <c>&lt;STX&gt;weight&lt;CR&gt;</c> when the weight is valid (no unit in the record: the unit comes from the
/// profile; some models add the unit or <c>N</c> for net), otherwise the status record
/// <c>&lt;STX&gt;?&lt;status&gt;&lt;CR&gt;</c>: bit0 motion, bit1 over capacity, bit2 under zero, bit3 outside zero
/// capture range, bit4 centre of zero, bits 5 and 6 always 1. <c>Z</c> always answers with the status record.
/// </summary>
public sealed class ToledoProtocol(string unit) : IDelimitedScaleProtocol
{
    private readonly string _unit = WeightUnits.Normalize(unit) ?? throw new ArgumentException($"Unknown unit \"{unit}\".", nameof(unit));

    public string Name => "toledo";

    public FrameShape Shape { get; } = new(Start: 0x02, End: [0x0D], MaxLength: 32);

    public byte[]? PollCommand => ToledoCommands.Weight;

    public byte[]? StartContinuousCommand => null;

    public byte[]? ZeroCommand => ToledoCommands.Zero;

    public byte[]? TareCommand => ToledoCommands.Tare;

    public ScaleFrameResult Parse(ReadOnlySpan<byte> frame, DateTimeOffset at)
    {
        if (frame.Length < 3 || frame[0] != 0x02 || frame[^1] != 0x0D)
            return Readings.Error("not a Toledo record", frame, at).Result();
        var body = frame[1..^1];
        if (body[0] == (byte)'?')
            return body.Length == 2 ? ParseStatus(body[1], frame, at) : Readings.Error("malformed Toledo status record", frame, at).Result();

        var text = FrameText.Ascii(body).Trim();
        var unit = _unit;
        foreach (var suffix in new[] { "lb", "kg", "oz", "g" })
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                unit = suffix;
                text = text[..^suffix.Length].TrimEnd();
                break;
            }
        }

        if (text.EndsWith('N'))
            text = text[..^1].TrimEnd();
        if (!WeightUnits.TryParseNumber(text, out var value))
            return Readings.Error("unreadable Toledo weight record", frame, at).Result();

        // A weight record is only sent when the weight is valid: stable, in range and not below zero.
        return Readings.Weight(value, unit, stable: true, frame, at).Result();
    }

    private static ScaleFrameResult ParseStatus(byte status, ReadOnlySpan<byte> frame, DateTimeOffset at)
    {
        status &= 0x7F; // bit 7 is parity when the port is read as 8 data bits
        if ((status & 0x60) != 0x60)
            return Readings.Error("malformed Toledo status byte", frame, at).Result();
        var motion = (status & 0x01) != 0;
        if ((status & 0x02) != 0)
            return Readings.Overload(!motion, frame, at).Result();
        if ((status & 0x04) != 0)
            return Readings.UnderZero(!motion, frame, at).Result();
        if (motion)
            return Readings.Error("in motion (the scale sent no weight)", frame, at).Result();
        if ((status & 0x08) != 0)
            return Readings.Error("outside the zero capture range", frame, at).Result();
        if ((status & 0x10) != 0)
            return new WeightReading(0, true, WeightStatus.Zero, at, "g", FrameText.Describe(frame)).Result();
        return ScaleFrameResult.Acknowledged;
    }
}
