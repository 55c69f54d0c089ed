using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PackStation.Domain.Ports;
using PackStation.Labels.Tracking;
using PackStation.Shops.Carriers;
using PackStation.Shops.Carriers.Cainiao;
using PackStation.Storage;
using PackStation.TestKit;

namespace PackStation.Shops.Tests.Carriers;

public sealed class CarrierSourceSelectionTests : IDisposable
{
    private readonly TempDirectory _dir = new("carrier-selection");

    public void Dispose() => _dir.Dispose();

    private ServiceProvider Build(string kind)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Carrier:TrackingNumbers"] = kind,
            ["Store:ConnectionString"] = $"Data Source={_dir.File("store.db")}",
            ["Carrier:BaseUrl"] = "http://127.0.0.1:9/",
            ["Carrier:Cainiao:BaseUrl"] = "http://127.0.0.1:9/router/rest",
            ["Carrier:Cainiao:AppKey"] = "12345678",
            ["Carrier:Cainiao:AppSecret"] = "secret",
            ["Carrier:Cainiao:SessionKey"] = "session",
            ["Carrier:Cainiao:DefaultCpCode"] = "ZTO",
            ["Carrier:Cainiao:SenderName"] = "羊绒小铺",
            ["Carrier:Cainiao:SenderMobile"] = "13900000000",
            ["Carrier:Cainiao:SenderAddress"] = "绒线产业园8号",
        }).Build();
        var services = new ServiceCollection().AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddPackStationStorage(configuration).AddPackStationTrackingNumbers(configuration).AddPackStationCarrierSources(configuration);
        return services.BuildServiceProvider();
    }

    [Theory]
    [InlineData("Cainiao", typeof(CainiaoWaybillSource))]
    [InlineData("cainiao", typeof(CainiaoWaybillSource))]
    [InlineData("Http", typeof(HttpCarrierTrackingSource))]
    [InlineData("Pool", typeof(PoolTrackingNumberSource))]
    public void TrackingNumbers_Setting_ChoosesTheSource(string kind, Type expected)
    {
        using var provider = Build(kind);

        Assert.IsType(expected, provider.GetRequiredService<ITrackingNumberSource>());
    }

    [Fact]
    public void TrackingNumbers_UnknownKind_IsRefusedNamingTheSetting()
    {
        var e = Assert.Throws<OptionsValidationException>(() => Build("Kuaidi100"));

        Assert.Contains("Carrier:TrackingNumbers", e.Message, StringComparison.Ordinal);
    }
}
