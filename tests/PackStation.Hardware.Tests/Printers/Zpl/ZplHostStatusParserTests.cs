using System.Text;
using PackStation.Hardware.Printers.Zpl;

namespace PackStation.Hardware.Tests.Printers.Zpl;

/// <summary>~HS reply layout from the ZPL II Programming Guide (docs/protocols.md "ZPL II").</summary>
public sealed class ZplHostStatusParserTests
{
    private static byte[] Reply(string one, string two, string three = "1234,0") =>
        Encoding.ASCII.GetBytes($"\u0002{one}\u0003\r\n\u0002{two}\u0003\r\n\u0002{three}\u0003\r\n");

    [Fact]
    public void Accept_ReadyPrinter_IsReady()
    {
        var parser = new ZplHostStatusParser();
        Assert.True(parser.Accept(Reply("030,0,0,1245,000,0,0,0,000,0,0,0", "001,0,0,0,1,2,4,0,00000000,1,000")));
        Assert.True(parser.Result!.ToPrinterStatus().Ready);
        Assert.True(parser.Result.Idle);
    }

    [Theory]
    [InlineData("030,1,0,1245,000,0,0,0,000,0,0,0", "001,0,0,0,1,2,4,0,00000000,1,000", "paper-out")]
    [InlineData("030,0,1,1245,000,0,0,0,000,0,0,0", "001,0,0,0,1,2,4,0,00000000,1,000", "paused")]
    [InlineData("030,0,0,1245,000,0,0,0,000,0,0,0", "001,0,1,0,1,2,4,0,00000000,1,000", "cover-open")]
    [InlineData("030,0,0,1245,000,0,0,0,000,0,0,0", "001,0,0,1,1,2,4,0,00000000,1,000", "ribbon-out")]
    [InlineData("030,0,0,1245,000,0,0,0,000,0,0,1", "001,0,0,0,1,2,4,0,00000000,1,000", "head-error")]
    public void Accept_FaultFlags_MapToFaults(string one, string two, string fault)
    {
        var parser = new ZplHostStatusParser();
        parser.Accept(Reply(one, two));
        Assert.Equal(fault, parser.Result!.ToPrinterStatus().Fault);
    }

    [Fact]
    public void Accept_SplitAcrossReads_CompletesOnTheLastPiece()
    {
        var bytes = Reply("030,0,0,1245,002,0,0,0,000,0,0,0", "001,0,0,0,1,2,4,0,00000003,1,000");
        var parser = new ZplHostStatusParser();
        Assert.False(parser.Accept(bytes.AsSpan(0, 20)));
        Assert.False(parser.Accept(bytes.AsSpan(20, 40)));
        Assert.True(parser.Accept(bytes.AsSpan(60)));
        Assert.Equal(2, parser.Result!.FormatsInBuffer);
        Assert.Equal(3, parser.Result.LabelsRemaining);
        Assert.False(parser.Result.Idle);
    }

    [Fact]
    public void Accept_WrongFieldCount_ReportsErrorInsteadOfThrowing()
    {
        var parser = new ZplHostStatusParser();
        Assert.True(parser.Accept(Reply("030,0,0", "001,0,0,0,1,2,4,0,00000000,1,000")));
        Assert.Null(parser.Result);
        Assert.Contains("field counts", parser.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Accept_EndlessFrame_ReportsError()
    {
        var parser = new ZplHostStatusParser();
        Assert.True(parser.Accept([0x02, .. Enumerable.Repeat((byte)'9', 500)]));
        Assert.NotNull(parser.Error);
    }
}
