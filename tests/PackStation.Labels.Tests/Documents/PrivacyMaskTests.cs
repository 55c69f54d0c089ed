using PackStation.Labels.Documents;

namespace PackStation.Labels.Tests.Documents;

public sealed class PrivacyMaskTests
{
    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("138 1234 5678", "138****5678")]
    [InlineData("+8613812345678", "+86138****5678")]
    [InlineData("5551234", "55***34")]
    [InlineData("", "")]
    public void Phone_Number_KeepsHeadAndLastFour(string phone, string expected)
    {
        Assert.Equal(expected, PrivacyMask.Phone(phone));
    }

    [Theory]
    [InlineData("张小燕", "张**")]
    [InlineData("张三", "张*")]
    [InlineData("欧阳娜娜娜娜", "欧***")]
    [InlineData("Anna Schmidt", "A***")]
    [InlineData("  李 ", "李*")]
    [InlineData("", "")]
    public void Name_Text_KeepsFirstCharacter(string name, string expected)
    {
        Assert.Equal(expected, PrivacyMask.Name(name));
    }
}
