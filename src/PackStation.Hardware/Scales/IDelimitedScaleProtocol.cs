using PackStation.Hardware.Scales.Framing;

namespace PackStation.Hardware.Scales;

/// <summary>A serial scale protocol whose frames are delimited by start and end bytes: framed by a <see cref="FrameAssembler"/>.</summary>
public interface IDelimitedScaleProtocol : IScaleProtocol
{
    FrameShape Shape { get; }

    IScaleFramer IScaleProtocol.CreateFramer(Profiles.ScaleSettings settings) => new FrameAssembler(Shape);
}
