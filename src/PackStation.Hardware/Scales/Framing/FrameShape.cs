namespace PackStation.Hardware.Scales.Framing;

/// <summary>
/// How a protocol delimits its frames: an optional start byte, an end sequence, a length limit, whether a start byte
/// inside a frame begins a new one, and single bytes that are complete replies on their own (ACK, NAK).
/// </summary>
public sealed record FrameShape(byte? Start, byte[] End, int MaxLength, bool RestartOnStart = true)
{
    public IReadOnlySet<byte> SingleByteFrames { get; init; } = new HashSet<byte>();
}
