namespace PackStation.Web.Tests.Metrics;

/// <summary>The test's format reader must refuse what Prometheus refuses, or the format test proves nothing.</summary>
public sealed class PrometheusExpositionTests
{
    [Theory]
    [InlineData("a Infinity\n")]
    [InlineData("a 1,5\n")]
    [InlineData("a{b=1} 1\n")]
    [InlineData("a{b=\"x\"c=\"y\"} 1\n")]
    [InlineData("a{b=\"x\\q\"} 1\n")]
    [InlineData("a 1")]
    [InlineData("a 1\na 2\n")]
    [InlineData("a 1\nb 1\na{x=\"1\"} 2\n")]
    [InlineData("a 1\n# TYPE a gauge\n")]
    [InlineData("# TYPE a number\na 1\n")]
    [InlineData("1a 1\n")]
    public void Parse_InvalidText_Throws(string text) =>
        Assert.Throws<FormatException>(() => PrometheusExposition.Parse(text));

    [Fact]
    public void Parse_ValidText_ReadsEverySample()
    {
        const string Text = "# HELP a The a\\\\b\\n.\n# TYPE a gauge\na{s=\"x\\\"y\",t=\"\"} +Inf\na{s=\"z\"} -1.5e3\n# a comment\nb NaN\nc 7 1700000000000\n";

        var samples = PrometheusExposition.Parse(Text);

        Assert.Equal(4, samples.Count);
        Assert.Equal(double.PositiveInfinity, samples["a{s=\"x\\\"y\",t=\"\"}"]);
        Assert.Equal(-1500, samples["a{s=\"z\"}"]);
        Assert.True(double.IsNaN(samples["b"]));
        Assert.Equal(7, samples["c"]);
    }
}
