using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PackStation.Hardware.Printers.EscPos;

namespace PackStation.Hardware.Tests.Printers.EscPos;

/// <summary>Bit patterns from Epson's "identification of send status": DLE EOT 0xx1xx10, ASB 0xx1xx00 + three 0xx0xxxx.</summary>
public sealed class EscPosStatusDecoderTests
{
    [Fact]
    public void AcceptAll_RealTimeReplyThenAsb_TellsThemApartByBitPattern()
    {
        var frames = new EscPosStatusDecoder().AcceptAll(Hex.Bytes("12 10 00 0C 00"));
        Assert.Equal(2, frames.Count);
        Assert.Equal(EscPosStatusFrameKind.RealTimeStatus, frames[0].Kind);
        Assert.Equal(EscPosStatusFrameKind.AutomaticStatus, frames[1].Kind);
        Assert.Equal(Hex.Bytes("10 00 0C 00"), frames[1].Bytes);
    }

    [Fact]
    public void AcceptAll_XoffInsideAsb_IsSkipped()
    {
        var frames = new EscPosStatusDecoder().AcceptAll(Hex.Bytes("18 13 00 11 00 00"));
        var frame = Assert.Single(frames);
        Assert.Equal(Hex.Bytes("18 00 00 00"), frame.Bytes);
    }

    [Fact]
    public void AcceptAll_TruncatedAsbThenRealTimeReply_DropsAsbAndKeepsReply()
    {
        var frames = new EscPosStatusDecoder().AcceptAll(Hex.Bytes("10 00 1A 10 08 00 00"));
        Assert.Equal(2, frames.Count);
        Assert.Equal(Hex.Bytes("1A"), frames[0].Bytes);
        Assert.Equal(EscPosStatusFrameKind.AutomaticStatus, frames[1].Kind);
    }

    [Fact]
    public void AcceptAll_GsRReplyByte_IsOther() =>
        Assert.Equal(EscPosStatusFrameKind.Other, Assert.Single(new EscPosStatusDecoder().AcceptAll(Hex.Bytes("00"))).Kind);

    [Property(MaxTest = 300)]
    public Property AcceptAll_RandomBytes_OnlyWellFormedFrames(byte[] noise)
    {
        var frames = new EscPosStatusDecoder().AcceptAll(noise ?? []);
        return frames.All(f => f.Kind switch
        {
            EscPosStatusFrameKind.RealTimeStatus => f.Bytes.Length == 1 && (f.Bytes[0] & 0x93) == 0x12,
            EscPosStatusFrameKind.AutomaticStatus => f.Bytes.Length == 4 && (f.Bytes[0] & 0x93) == 0x10 && f.Bytes.Skip(1).All(b => (b & 0x90) == 0),
            _ => f.Bytes.Length == 1 && (f.Bytes[0] & 0x90) == 0,
        }).ToProperty();
    }
}
