using PackStation.Hardware.Scales.Framing;

namespace PackStation.Hardware.Scales.Nci;

/// <summary>
/// NCI / Weigh-Tronix SCP-01 (Avery Weigh-Tronix and Brecknell 7800-series shipping scales). Commands are one letter
/// and CR. <c>W</c> answers <c>&lt;LF&gt;xxxx.xxuu&lt;CR&gt;&lt;LF&gt;hh&lt;CR&gt;&lt;ETX&gt;</c> (or pounds and
/// ounces <c>xxlb xx.xoz</c>); <c>S</c> and <c>Z</c> answer <c>&lt;LF&gt;hh&lt;CR&gt;&lt;ETX&gt;</c>; an unknown command
/// <c>&lt;LF&gt;?&lt;CR&gt;&lt;ETX&gt;</c>. Weight fields of <c>^</c> mean over capacity, <c>_</c> under capacity, <c>-</c>
/// zero error. Status byte 1: bit0 motion, bit1 at zero, bit2 RAM error, bit3 EEPROM error; byte 2: bit0 under,
/// bit1 over capacity, bit2 ROM error, bit3 faulty calibration; bits 4 and 5 always 1. Some models (Brecknell
/// SCP-12) invert bits 0 and 1 of byte 1: <paramref name="invertedMotionBits"/>.
/// </summary>
public sealed class NciProtocol(bool invertedMotionBits = false) : IDelimitedScaleProtocol
{
    public string Name => "nci";

    public FrameShape Shape { get; } = new(Start: 0x0A, End: [0x03], MaxLength: 48, RestartOnStart: false);

    public byte[]? PollCommand => NciCommands.Weight;

    public byte[]? StartContinuousCommand => null;

    public byte[]? ZeroCommand => NciCommands.Zero;

    public byte[]? TareCommand => NciCommands.Tare;

    public ScaleFrameResult Parse(ReadOnlySpan<byte> frame, DateTimeOffset at)
    {
        if (frame.Length < 4 || frame[0] != 0x0A || frame[^2] != 0x0D || frame[^1] != 0x03)
            return Readings.Error("not an NCI reply", frame, at).Result();
        var body = frame[1..^2];
        if (body.Length == 1 && body[0] == (byte)'?')
            return Readings.Error("the scale did not understand the command (?)", frame, at).Result();

        var split = body.IndexOf("\r\n"u8);
        var weightField = split < 0 ? [] : body[..split];
        var statusBytes = split < 0 ? body : body[(split + 2)..];
        if (!TryReadStatus(statusBytes, out var status))
            return Readings.Error("malformed NCI status bytes", frame, at).Result();

        var faults = status.Faults();
        if (faults is not null)
            return Readings.Error(faults, frame, at).Result();
        var motion = invertedMotionBits ? !status.Bit(0, 0) : status.Bit(0, 0);
        var atZero = invertedMotionBits ? !status.Bit(0, 1) : status.Bit(0, 1);
        if (status.Bit(1, 1))
            return Readings.Overload(!motion, frame, at).Result();
        if (status.Bit(1, 0))
            return Readings.UnderZero(!motion, frame, at).Result();
        if (split < 0)
        {
            // A status reply (to S or Z): a zero reading when the scale reports zero, otherwise nothing to show.
            return atZero && !motion
                ? new WeightReading(0, true, WeightStatus.Zero, at, "g", FrameText.Describe(frame)).Result()
                : ScaleFrameResult.Acknowledged;
        }

        return ParseWeight(FrameText.Ascii(weightField), !motion, atZero, frame, at);
    }

    private static ScaleFrameResult ParseWeight(string field, bool stable, bool atZero, ReadOnlySpan<byte> frame, DateTimeOffset at)
    {
        var text = field.Trim();
        if (text.Length > 0 && text.Contains('^', StringComparison.Ordinal))
            return Readings.Overload(stable, frame, at).Result();
        if (text.Length > 0 && text.Contains('_', StringComparison.Ordinal))
            return Readings.UnderZero(stable, frame, at).Result();
        if (text.Length > 0 && text.Trim('-', '.', ' ').Length == 0)
            return Readings.Error("zero error (- in the weight field)", frame, at).Result();
        if (text.Contains("lb", StringComparison.OrdinalIgnoreCase) && text.EndsWith("oz", StringComparison.OrdinalIgnoreCase))
        {
            return WeightUnits.TryParseLbOz(text, out var grams)
                ? Readings.Grams(grams, "lb-oz", stable, frame, at, atZero).Result()
                : Readings.Error("unreadable NCI pounds-and-ounces weight", frame, at).Result();
        }

        if (text.Length < 2)
            return Readings.Error("NCI weight field without units", frame, at).Result();
        var unitStart = text.Length;
        while (unitStart > 0 && char.IsAsciiLetter(text[unitStart - 1]))
            unitStart--;
        var unit = text[unitStart..];
        if (WeightUnits.Normalize(unit) is null || unit.Length > 2)
            return Readings.Error($"unknown NCI unit \"{unit}\"", frame, at).Result();
        return WeightUnits.TryParseNumber(text.AsSpan(0, unitStart), out var value)
            ? Readings.Weight(value, unit, stable, frame, at, atZero).Result()
            : Readings.Error("unreadable NCI weight", frame, at).Result();
    }

    private static bool TryReadStatus(ReadOnlySpan<byte> bytes, out NciStatus status)
    {
        status = default;
        if (bytes.Length < 2 || bytes.Length > 4)
            return false;
        var values = new byte[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            values[i] = (byte)(bytes[i] & 0x7F);
            if ((values[i] & 0x30) != 0x30)
                return false;
        }

        status = new NciStatus(values);
        return true;
    }
}
