using Microsoft.Extensions.Options;
using PackStation.Shops.Carriers.Cainiao;

namespace PackStation.Shops.Tests.Carriers;

public sealed class CainiaoOptionsValidatorTests
{
    private static CainiaoOptions Complete() => new()
    {
        BaseUrl = new Uri("https://eco.taobao.com/router/rest"), AppKey = "12345678", AppSecret = "s", SessionKey = "k",
        DefaultCpCode = "ZTO", SenderName = "羊绒小铺", SenderMobile = "13900000000", SenderAddress = "绒线产业园8号",
    };

    [Fact]
    public void Validate_Complete_Succeeds() => Assert.True(new CainiaoOptionsValidator().Validate(null, Complete()).Succeeded);

    [Fact]
    public void Validate_NoSender_NamesTheFirstMissingSetting()
    {
        var options = Complete();
        options.SenderName = " ";

        var result = new CainiaoOptionsValidator().Validate(null, options);

        Assert.Equal(["Carrier:Cainiao:SenderName is required when Carrier:TrackingNumbers is Cainiao."], result.Failures);
    }
}
