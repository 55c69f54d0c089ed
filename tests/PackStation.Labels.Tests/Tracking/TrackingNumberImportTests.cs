using PackStation.Labels.Tracking;

namespace PackStation.Labels.Tests.Tracking;

public sealed class TrackingNumberImportTests
{
    [Fact]
    public void Parse_CsvWithHeaderAndComments_TakesFirstColumn()
    {
        var numbers = TrackingNumberImport.Parse(new StringReader("waybill,note\n# allocated 2026-11\nZT7531000001,a\n\"ZT7531000002\"\nZT7531000001\n"));
        Assert.Equal(["ZT7531000001", "ZT7531000002"], numbers);
    }

    [Theory]
    [InlineData("ZT7531000098-ZT7531000101")]
    [InlineData("ZT7531000098,ZT7531000101")]
    public void Parse_Range_ExpandsKeepingWidth(string line)
    {
        var numbers = TrackingNumberImport.Parse(new StringReader(line));
        Assert.Equal(["ZT7531000098", "ZT7531000099", "ZT7531000100", "ZT7531000101"], numbers);
    }

    [Theory]
    [InlineData("ZT1\nBAD ^XZ\n", "line 2")]
    [InlineData("ZT100-ZT050\n", "line 1")]
    [InlineData("ZT0000000-ZT9999999\n", "line 1")]
    [InlineData("AB100-CD200\n", "line 1")]
    public void Parse_BadLine_NamesTheLine(string text, string where)
    {
        var error = Assert.Throws<FormatException>(() => TrackingNumberImport.Parse(new StringReader(text)));
        Assert.StartsWith(where, error.Message, StringComparison.Ordinal);
    }
}
