using PackStation.Hardware.Profiles;

namespace PackStation.Hardware.Scales;

/// <summary>
/// One scale protocol, the decoder half of a scale: how bytes are cut into frames, how a frame becomes a reading, and
/// the commands it knows. Pure and synchronous: no I/O, no clock. A command the protocol lacks is null (the driver
/// then works in software). Serial protocols with delimited frames implement <see cref="IDelimitedScaleProtocol"/>.
/// </summary>
public interface IScaleProtocol
{
    /// <summary>The profile's protocol name ("sma", "toledo", "mt-sics", "cas", "cas-ecr", "nci", "hid-pos").</summary>
    string Name { get; }

    /// <summary>A framer for one scale (reset after every reconnect).</summary>
    IScaleFramer CreateFramer(ScaleSettings settings);

    /// <summary>
    /// True when the device may stay quiet while the weight holds still (USB HID scales report on change): silence
    /// is then no fault. False for polled replies and serial streams, whose silence is reported after the reply timeout.
    /// </summary>
    bool QuietWhileSteady => false;

    /// <summary>Asks for one reading (polled mode); null when the scale only streams.</summary>
    byte[]? PollCommand { get; }

    /// <summary>Sent once after connecting in continuous mode (SMA <c>R</c>, MT-SICS <c>SIR</c>); null when the scale streams by itself.</summary>
    byte[]? StartContinuousCommand { get; }

    byte[]? ZeroCommand { get; }

    byte[]? TareCommand { get; }

    /// <summary>Reads one complete frame. Never throws; a frame it cannot read is an error reading, never a weight.</summary>
    ScaleFrameResult Parse(ReadOnlySpan<byte> frame, DateTimeOffset at);
}
