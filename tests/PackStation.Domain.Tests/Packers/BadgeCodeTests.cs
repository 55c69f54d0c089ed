using PackStation.Domain.Packers;

namespace PackStation.Domain.Tests.Packers;

public sealed class BadgeCodeTests
{
    [Fact]
    public void New_TenThousandCodes_AreAllDifferentAndOfTheBadgeForm()
    {
        var codes = Enumerable.Range(0, 10_000).Select(_ => BadgeCode.New()).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^PB[0-9ABCDEFGHJKMNPQRSTVWXYZ]{12}$", c));
    }

    [Fact]
    public void New_EveryCharacterOfTheAlphabet_TurnsUpAtEveryPosition()
    {
        var codes = Enumerable.Range(0, 5_000).Select(_ => BadgeCode.New()).ToList();

        for (var position = 2; position < 14; position++)
            Assert.Equal(32, codes.Select(c => c[position]).Distinct().Count());
    }

    [Theory]
    [InlineData(" pb0123456789ab\t", "PB0123456789AB")]
    [InlineData("PB0123456789AB", "PB0123456789AB")]
    public void Normalize_CaseAndSpaces_AreIgnored(string scanned, string expected) => Assert.Equal(expected, BadgeCode.Normalize(scanned));
}
