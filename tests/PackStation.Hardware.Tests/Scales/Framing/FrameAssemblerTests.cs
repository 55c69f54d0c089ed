using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PackStation.Hardware.Scales.Framing;

namespace PackStation.Hardware.Tests.Scales.Framing;

public class FrameAssemblerTests
{
    private static readonly FrameShape LfCr = new(Start: 0x0A, End: [0x0D], MaxLength: 32);
    private static readonly FrameShape CrLfLines = new(Start: null, End: [0x0D, 0x0A], MaxLength: 32);

    private static List<RawFrame> Feed(FrameShape shape, params string[] chunks)
    {
        var assembler = new FrameAssembler(shape);
        var output = new List<RawFrame>();
        foreach (var chunk in chunks)
            assembler.Push(FrameBytes.Of(chunk), output);
        return output;
    }

    [Fact]
    public void Push_FrameSplitAcrossReads_OneFrame()
    {
        var frames = Feed(LfCr, "\n 1G  ", "     2.500", "kg \r");
        var frame = Assert.Single(frames);
        Assert.Equal(FrameBytes.Of("\n 1G       2.500kg \r"), frame.Bytes);
        Assert.False(frame.IsProblem);
    }

    [Fact]
    public void Push_NoiseBeforeFrame_NoiseReportedThenFrame()
    {
        var frames = Feed(LfCr, "xyz\x00\xff\nW1\r");
        Assert.Equal(2, frames.Count);
        Assert.Equal("5 bytes of noise between frames discarded", frames[0].Problem);
        Assert.Equal(FrameBytes.Of("\nW1\r"), frames[1].Bytes);
    }

    [Fact]
    public void Push_StartInsideFrame_CutFrameReportedAndNewFrameKept()
    {
        var frames = Feed(LfCr, "\nabc\nW1\r");
        Assert.Equal(2, frames.Count);
        Assert.NotNull(frames[0].Problem);
        Assert.Equal(FrameBytes.Of("\nW1\r"), frames[1].Bytes);
    }

    [Fact]
    public void Push_OverlongFrame_ProblemThenResynchronises()
    {
        var frames = Feed(LfCr, "\n" + new string('9', 40) + "\r\nOK\r");
        Assert.Equal(2, frames.Count);
        Assert.Equal("frame longer than 32 bytes", frames[0].Problem);
        Assert.Equal(FrameBytes.Of("\nOK\r"), frames[1].Bytes);
    }

    [Fact]
    public void Push_LinesWithoutStartByte_EachLineAFrame()
    {
        var frames = Feed(CrLfLines, "S S  1 g\r\nS D", "  2 g\r\n");
        Assert.Equal(["S S  1 g\r\n", "S D  2 g\r\n"], frames.Select(f => System.Text.Encoding.Latin1.GetString(f.Bytes)));
    }

    [Fact]
    public void Push_SingleByteReplyWhileHunting_OwnFrame()
    {
        var shape = new FrameShape(Start: 0x01, End: [0x03, 0x04], MaxLength: 32) { SingleByteFrames = new HashSet<byte> { 0x06 } };
        var frames = Feed(shape, "\x06\x01\x02S 1.000kg?\x03\x04");
        Assert.Equal(2, frames.Count);
        Assert.Equal([0x06], frames[0].Bytes);
        Assert.Equal(0x01, frames[1].Bytes[0]);
    }

    [Fact]
    public void Reset_HalfFrame_ReportedAsIncomplete()
    {
        var assembler = new FrameAssembler(LfCr);
        var output = new List<RawFrame>();
        assembler.Push(FrameBytes.Of("\n 1G  "), output);
        assembler.Reset(output);
        assembler.Push(FrameBytes.Of("\nW\r"), output);
        Assert.Equal("incomplete frame of 6 bytes", output[0].Problem);
        Assert.Equal(FrameBytes.Of("\nW\r"), output[1].Bytes);
    }

    [Property(MaxTest = 300)]
    public Property Push_AnyBytesInAnyChunks_NeverThrowsAndFramesAreBounded(byte[] data, PositiveInt chunk)
    {
        var assembler = new FrameAssembler(LfCr);
        var output = new List<RawFrame>();
        var size = Math.Min(chunk.Get, 64);
        for (var i = 0; i < data.Length; i += size)
            assembler.Push(data.AsSpan(i, Math.Min(size, data.Length - i)), output);
        return output.All(f => f.IsProblem || (f.Bytes.Length <= 32 && f.Bytes[0] == 0x0A && f.Bytes[^1] == 0x0D)).ToProperty();
    }

    [Property(MaxTest = 200)]
    public Property Push_NoiseWithoutDelimitersBetweenFrames_EveryFrameRecovered(byte[][] noise)
    {
        var good = FrameBytes.Of("\n 1G       2.500kg \r");
        var stream = new List<byte>();
        foreach (var n in noise)
        {
            stream.AddRange(n.Where(b => b is not (0x0A or 0x0D)));
            stream.AddRange(good);
        }

        var output = new List<RawFrame>();
        new FrameAssembler(LfCr).Push(stream.ToArray(), output);
        var frames = output.Where(f => !f.IsProblem).ToList();
        return (frames.Count == noise.Length && frames.All(f => f.Bytes.SequenceEqual(good))).ToProperty();
    }
}
