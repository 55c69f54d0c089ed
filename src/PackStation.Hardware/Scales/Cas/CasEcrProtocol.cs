using PackStation.Hardware.Scales.Framing;

namespace PackStation.Hardware.Scales.Cas;

/// <summary>
/// CAS retail scales' ECR dialogue (PD-II, AP, ER): the host sends ENQ; the scale answers ACK when it has data
/// (NAK otherwise); the host then sends DC1 and the scale returns
/// <c>SOH STX status sign W4W3.W2W1W0 unit BCC ETX EOT</c> — status S stable or U unstable, sign space, '-' or
/// 'F' (overflow), BCC the XOR of the bytes from the status to the unit.
/// </summary>
public sealed class CasEcrProtocol : IDelimitedScaleProtocol
{
    public const byte Soh = 0x01, Stx = 0x02, Etx = 0x03, Eot = 0x04, Enq = 0x05, Ack = 0x06, Dc1 = 0x11, Nak = 0x15;

    public string Name => "cas-ecr";

    public FrameShape Shape { get; } = new(Start: Soh, End: [Etx, Eot], MaxLength: 32, RestartOnStart: false)
    {
        SingleByteFrames = new HashSet<byte> { Ack, Nak },
    };

    public byte[]? PollCommand => [Enq];

    public byte[]? StartContinuousCommand => null;

    public byte[]? ZeroCommand => null;

    public byte[]? TareCommand => null;

    public ScaleFrameResult Parse(ReadOnlySpan<byte> frame, DateTimeOffset at)
    {
        if (frame.Length == 1 && frame[0] == Ack)
            return new ScaleFrameResult(null, [Dc1]);
        if (frame.Length == 1 && frame[0] == Nak)
            return Readings.Error("scale has no weight to send (NAK)", frame, at).Result();
        if (frame.Length < 12 || frame[0] != Soh || frame[1] != Stx || frame[^2] != Etx || frame[^1] != Eot)
            return Readings.Error("not a CAS ECR weight frame", frame, at).Result();

        var body = frame[2..^3];
        byte bcc = 0;
        foreach (var b in body)
            bcc ^= b;
        if (bcc != frame[^3])
            return Readings.Error("CAS ECR frame with a wrong BCC", frame, at).Result();

        var text = FrameText.Ascii(body);
        char status = text[0], sign = text[1];
        var weight = text[2..^2];
        var unit = text[^2..];
        if (status is not ('S' or 'U') || sign is not (' ' or '-' or 'F'))
            return Readings.Error("malformed CAS ECR status or sign", frame, at).Result();
        if (sign == 'F')
            return Readings.Overload(status == 'S', frame, at).Result();
        if (weight.Length == 0 || weight[0] is '+' or '-' || weight.Contains('\0', StringComparison.Ordinal)
            || !WeightUnits.TryParseNumber(weight, out var value))
            return Readings.Error("unreadable CAS ECR weight", frame, at).Result();
        if (WeightUnits.Normalize(unit) is null)
            return Readings.Error($"unknown CAS ECR unit \"{unit.Trim()}\"", frame, at).Result();
        return Readings.Weight(sign == '-' ? -value : value, unit, stable: status == 'S', frame, at).Result();
    }
}
