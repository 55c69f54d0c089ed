using PackStation.Domain.Packers;

namespace PackStation.Domain.Tests.Packers;

public sealed class PackerRulesTests
{
    [Theory]
    [InlineData("王芳")]
    [InlineData("欧阳娜娜")]
    [InlineData("Zhang Wei")]
    [InlineData("𠮷野家")]
    [InlineData("阿卜杜热合曼·买买提明阿卜杜热合曼·买买提明阿卜杜热合曼·买买提")]
    public void NameError_RealNames_IsNull(string name) => Assert.Null(PackerRules.NameError(name));

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("王\u0007芳", "control")]
    [InlineData("王\u202E芳", "formatting")]
    [InlineData("王\uFFFD芳", "could not be read")]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一", "longer than 40")]
    public void NameError_BadNames_SayWhy(string name, string reason) => Assert.Contains(reason, PackerRules.NameError(name), StringComparison.Ordinal);

    [Fact]
    public void NameError_LoneSurrogate_IsABrokenCharacter() =>
        Assert.Contains("broken", PackerRules.NameError(string.Concat("王", ((char)0xD800).ToString(), "芳")), StringComparison.Ordinal);

    [Theory]
    [InlineData("P017", true)]
    [InlineData("0042", true)]
    [InlineData("zhang-01_b", true)]
    [InlineData("P 17", false)]
    [InlineData("王芳", false)]
    [InlineData("", false)]
    [InlineData("P0123456789012345678901234567890123", false)]
    public void IdError_StaffNumbers(string id, bool fine) => Assert.Equal(fine, PackerRules.IdError(id) is null);

    [Theory]
    [InlineData("", PackerRole.Packer)]
    [InlineData("packer", PackerRole.Packer)]
    [InlineData("打包员", PackerRole.Packer)]
    [InlineData(" Supervisor ", PackerRole.Supervisor)]
    [InlineData("主管", PackerRole.Supervisor)]
    public void TryParseRole_EnglishOrChinese(string text, PackerRole expected)
    {
        Assert.True(PackerRules.TryParseRole(text, out var role));
        Assert.Equal(expected, role);
    }

    [Fact]
    public void TryParseRole_Unknown_IsFalse() => Assert.False(PackerRules.TryParseRole("boss", out _));
}
