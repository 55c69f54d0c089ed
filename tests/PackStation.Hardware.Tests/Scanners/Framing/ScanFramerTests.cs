using System.Text;
using PackStation.Hardware.Scanners.Framing;

namespace PackStation.Hardware.Tests.Scanners.Framing;

public sealed class ScanFramerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(50);

    [Theory]
    [InlineData(ScanSuffix.CR, "A1\rB2\r")]
    [InlineData(ScanSuffix.LF, "A1\nB2\n")]
    [InlineData(ScanSuffix.CRLF, "A1\r\nB2\r\n")]
    [InlineData(ScanSuffix.TAB, "A1\tB2\t")]
    public void Push_TwoScansWithSuffix_TwoFrames(ScanSuffix suffix, string wire)
    {
        var frames = Push(new ScanFramer(suffix, Gap), wire);

        Assert.Equal(["A1", "B2"], frames.Select(Text));
        Assert.All(frames, f => Assert.Null(f.Error));
    }

    [Fact]
    public void Push_CrLfSplitAcrossReads_NoEmptyFrame()
    {
        var framer = new ScanFramer(ScanSuffix.CRLF, Gap);
        var frames = new List<ScanFrame>();

        framer.Push("A1\r"u8, T0, frames);
        framer.Push("\nB2\r"u8, T0, frames);
        framer.Push("\n"u8, T0, frames);

        Assert.Equal(["A1", "B2"], frames.Select(Text));
    }

    [Fact]
    public void Push_TabSuffix_CrIsData()
    {
        var frames = Push(new ScanFramer(ScanSuffix.TAB, Gap), "A\rB\t");

        Assert.Equal(["A\rB"], frames.Select(Text));
    }

    [Fact]
    public void Push_NoSuffixAndAPause_PauseEndsTheScan()
    {
        var framer = new ScanFramer(ScanSuffix.None, Gap);
        var frames = new List<ScanFrame>();

        framer.Push("123"u8, T0, frames);
        framer.Push("45"u8, T0 + TimeSpan.FromMilliseconds(10), frames);
        framer.Push("678"u8, T0 + TimeSpan.FromMilliseconds(200), frames);
        framer.Flush(null, frames);

        Assert.Equal(["12345", "678"], frames.Select(Text));
        Assert.All(frames, f => Assert.Null(f.Error));
    }

    [Fact]
    public void Push_OverMaxLengthWithoutSuffix_OneErrorThenNextScanDecodes()
    {
        var framer = new ScanFramer(ScanSuffix.CR, Gap, maxFrameLength: 16);
        var frames = new List<ScanFrame>();

        framer.Push(Encoding.ASCII.GetBytes(new string('x', 40) + "\rGOOD\r"), T0, frames);

        Assert.Equal(2, frames.Count);
        Assert.Contains("no suffix after 16 bytes", frames[0].Error, StringComparison.Ordinal);
        Assert.Equal(new string('x', 16), Text(frames[0]));
        Assert.Equal("GOOD", Text(frames[1]));
        Assert.Null(frames[1].Error);
    }

    [Fact]
    public void Flush_HalfFrame_ReportedWithReason()
    {
        var framer = new ScanFramer(ScanSuffix.CR, Gap);
        var frames = new List<ScanFrame>();
        framer.Push("0950600"u8, T0, frames);

        framer.Flush("unplugged", frames);

        var frame = Assert.Single(frames);
        Assert.Equal("0950600", Text(frame));
        Assert.Equal("unplugged", frame.Error);
        Assert.False(framer.HasPending);
    }

    [Fact]
    public void Flush_NothingPending_NoFrame()
    {
        var frames = new List<ScanFrame>();
        new ScanFramer(ScanSuffix.CR, Gap).Flush("unplugged", frames);
        Assert.Empty(frames);
    }

    [Fact]
    public void Taint_ThenSuffix_FrameCarriesTheError()
    {
        var framer = new ScanFramer(ScanSuffix.CR, Gap);
        var frames = new List<ScanFrame>();

        framer.Push("AB"u8, T0, frames);
        framer.Taint("unknown key 183", T0);
        framer.Push("C\rD\r"u8, T0, frames);

        Assert.Equal(["ABC", "D"], frames.Select(Text));
        Assert.Equal("unknown key 183", frames[0].Error);
        Assert.Null(frames[1].Error);
    }

    [Fact]
    public void Push_EmptyLines_Ignored()
    {
        var frames = Push(new ScanFramer(ScanSuffix.CR, Gap), "\r\r\n\rX\r");
        Assert.Equal(["X"], frames.Select(Text));
    }

    private static List<ScanFrame> Push(ScanFramer framer, string wire)
    {
        var frames = new List<ScanFrame>();
        framer.Push(Encoding.ASCII.GetBytes(wire), T0, frames);
        return frames;
    }

    private static string Text(ScanFrame frame) => Encoding.ASCII.GetString(frame.Bytes);
}
