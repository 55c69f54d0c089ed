namespace PackStation.Hardware.Scales.Framing;

/// <summary>
/// What a <see cref="FrameAssembler"/> hands on: a complete frame's bytes (delimiters included), or a framing problem
/// (noise discarded between frames, a frame too long to be real) with the offending bytes.
/// </summary>
public sealed record RawFrame(byte[] Bytes, string? Problem = null)
{
    public bool IsProblem => Problem is not null;

    public string Text => FrameText.Describe(Bytes);
}
