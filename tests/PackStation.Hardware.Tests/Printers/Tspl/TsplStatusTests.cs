using PackStation.Hardware.Printers.Tspl;

namespace PackStation.Hardware.Tests.Printers.Tspl;

/// <summary>ESC !? status byte bits from the TSPL2 manual (docs/protocols.md "TSPL").</summary>
public sealed class TsplStatusTests
{
    [Theory]
    [InlineData(0x00, null, true)]
    [InlineData(0x20, null, true)]
    [InlineData(0x01, "cover-open", false)]
    [InlineData(0x02, "paper-out", false)]
    [InlineData(0x04, "paper-out", false)]
    [InlineData(0x08, "ribbon-out", false)]
    [InlineData(0x10, "paused", false)]
    [InlineData(0x40, "cover-open", false)]
    [InlineData(0x80, "head-error", false)]
    [InlineData(0x25, "paper-out", false)]
    public void Interpret_StatusBits_MapToFaults(int value, string? fault, bool ready)
    {
        var status = TsplStatus.Interpret((byte)value);
        Assert.Equal(fault, status.Fault);
        Assert.Equal(ready, status.Ready);
    }

    [Fact]
    public void Query_Always_IsEscBangQuestion() => Assert.Equal(Hex.Bytes("1B 21 3F"), TsplStatus.Query.ToArray());
}
