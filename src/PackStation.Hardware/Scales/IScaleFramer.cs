using PackStation.Hardware.Scales.Framing;

namespace PackStation.Hardware.Scales;

/// <summary>
/// Cuts the bytes a scale's transport delivers into frames for <see cref="IScaleProtocol.Parse"/>: delimited frames
/// (<see cref="FrameAssembler"/>) or one report per read (<see cref="HidPos.HidReportFramer"/>). Pure and
/// single-threaded; never throws on input. Framing problems are frames with <see cref="RawFrame.Problem"/> set.
/// </summary>
public interface IScaleFramer
{
    /// <summary>Feeds the bytes of one read; completed frames and framing problems are added to <paramref name="output"/> in order.</summary>
    void Push(ReadOnlySpan<byte> data, List<RawFrame> output);

    /// <summary>Starts afresh after a reconnect or a reply timeout; a half-received frame is reported as a problem.</summary>
    void Reset(List<RawFrame> output);
}
