using FsCheck;
using FsCheck.Fluent;
using PackStation.Hardware.Scales;

namespace PackStation.Hardware.Tests.Scales;

/// <summary>Properties every frame parser must have, shared by the protocol test classes.</summary>
internal static class ProtocolProperties
{
    public static Property NeverThrows(IDelimitedScaleProtocol protocol, byte[] frame)
    {
        protocol.Parse(frame, FrameBytes.At);
        var framed = new List<byte>();
        if (protocol.Shape.Start is { } start)
            framed.Add(start);
        framed.AddRange(frame);
        framed.AddRange(protocol.Shape.End);
        protocol.Parse(framed.ToArray(), FrameBytes.At);
        return true.ToProperty();
    }

    /// <summary>A control byte (0x00..0x1F or DEL) put anywhere in a good frame's body never yields a weight.</summary>
    public static Property ControlByteNeverAWeight(IScaleProtocol protocol, string goodFrame, int bodyStart, int bodyEnd, int position, byte control, params int[] skip)
    {
        var frame = FrameBytes.Of(goodFrame);
        Assert.True(protocol.Parse(frame, FrameBytes.At).IsWeight(), "the good frame must parse as a weight");
        var span = bodyEnd - bodyStart;
        var index = bodyStart + (Math.Abs(position) % span);
        if (skip.Contains(index))
            return true.ToProperty();
        var value = (byte)(control % 0x21);
        value = value == 0x20 ? (byte)0x7F : value;
        if (frame[index] == value)
            return true.ToProperty();
        frame[index] = value;
        return (!protocol.Parse(frame, FrameBytes.At).IsWeight()).Label($"byte {index} = 0x{frame[index]:X2}");
    }
}
