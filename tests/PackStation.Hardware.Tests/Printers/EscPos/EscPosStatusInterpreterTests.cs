using PackStation.Hardware.Printers;
using PackStation.Hardware.Printers.EscPos;

namespace PackStation.Hardware.Tests.Printers.EscPos;

public sealed class EscPosStatusInterpreterTests
{
    [Theory]
    [InlineData(0x12, 0x12, 0x12, 0x12, null)]
    [InlineData(0x1A, 0x32, 0x12, 0x72, "paper-out")]
    [InlineData(0x1A, 0x16, 0x12, 0x12, "cover-open")]
    [InlineData(0x1A, 0x52, 0x1A, 0x12, "cutter-error")]
    [InlineData(0x1A, 0x52, 0x52, 0x12, "head-error")]
    [InlineData(0x1A, 0x12, 0x12, 0x12, "offline")]
    public void FromRealTime_ManualBitPatterns_MapToFaults(int printer, int offline, int error, int paper, string? fault)
    {
        var status = EscPosStatusInterpreter.FromRealTime((byte)printer, (byte)offline, (byte)error, (byte)paper);
        Assert.Equal(fault, status.Fault);
        Assert.Equal(fault is null, status.Ready);
    }

    [Fact]
    public void FromRealTime_PaperNearEnd_IsReadyWithDetail()
    {
        var status = EscPosStatusInterpreter.FromRealTime(0x12, 0x12, 0x12, 0x1E);
        Assert.True(status.Ready);
        Assert.Equal("paper near end", status.Detail);
    }

    [Theory]
    [InlineData("10 00 00 00", null)]
    [InlineData("18 00 0C 00", "paper-out")]
    [InlineData("38 00 00 00", "cover-open")]
    [InlineData("18 08 00 00", "cutter-error")]
    [InlineData("18 20 00 00", "head-error")]
    [InlineData("18 01 00 00", "offline")]
    public void FromAutomaticStatus_ManualBitPatterns_MapToFaults(string packet, string? fault) =>
        Assert.Equal(fault, EscPosStatusInterpreter.FromAutomaticStatus(Hex.Bytes(packet)).Fault);

    [Fact]
    public void Query_Always_IsDleEotN() =>
        Assert.Equal(Hex.Bytes("10 04 03"), EscPosStatusInterpreter.Query(3).ToArray());
}
