using PackStation.Labels.Layout;

namespace PackStation.Labels.Tests.Layout;

public sealed class TextMeasureTests
{
    [Fact]
    public void Width_WideAndNarrow_CountsCjkAsSquare()
    {
        Assert.Equal(24 * 3, TextMeasure.Width("张小燕", 24, 0.5));
        Assert.Equal(12 * 4, TextMeasure.Width("ABCD", 24, 0.5));
    }

    [Fact]
    public void Wrap_LatinText_BreaksAtSpaces()
    {
        var lines = TextMeasure.Wrap("Hauptstrasse 5 Berlin", 24, 0.5, 12 * 14, 3);
        Assert.Equal(["Hauptstrasse 5", "Berlin"], lines);
    }

    [Fact]
    public void Wrap_ChineseText_BreaksBetweenCharacters()
    {
        var lines = TextMeasure.Wrap("浙江省杭州市西湖区文三路", 24, 0.5, 24 * 5, 5);
        Assert.Equal(["浙江省杭州", "市西湖区文", "三路"], lines);
    }

    [Fact]
    public void Wrap_TooMuchText_EndsWithEllipsisWithinWidth()
    {
        var lines = TextMeasure.Wrap(new string('x', 100), 24, 0.5, 120, 2);
        Assert.Equal(2, lines.Count);
        Assert.EndsWith("...", lines[1], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.True(TextMeasure.Width(l, 24, 0.5) <= 120));
    }
}
