using PackStation.Hardware.Scales.Framing;

namespace PackStation.Hardware.Scales;

/// <summary>
/// One serial scale protocol: how frames are delimited, how a frame becomes a reading, and the commands it knows.
/// Pure and synchronous: no I/O, no clock. A command the protocol lacks is null (the driver then works in software).
/// </summary>
public interface IScaleProtocol
{
    /// <summary>The profile's protocol name ("sma", "toledo", "mt-sics", "cas", "cas-ecr", "nci").</summary>
    string Name { get; }

    FrameShape Shape { get; }

    /// <summary>Asks for one reading (polled mode); null when the scale only streams.</summary>
    byte[]? PollCommand { get; }

    /// <summary>Sent once after connecting in continuous mode (SMA <c>R</c>, MT-SICS <c>SIR</c>); null when the scale streams by itself.</summary>
    byte[]? StartContinuousCommand { get; }

    byte[]? ZeroCommand { get; }

    byte[]? TareCommand { get; }

    /// <summary>Reads one complete frame. Never throws; a frame it cannot read is an error reading, never a weight.</summary>
    ScaleFrameResult Parse(ReadOnlySpan<byte> frame, DateTimeOffset at);
}
