using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PackStation.Hardware;
using PackStation.Labels;
using PackStation.Labels.Tracking;
using PackStation.Packing;
using PackStation.Packing.Waybills;
using PackStation.Shops;
using PackStation.Shops.Demo;
using PackStation.Storage;
using PackStation.TestKit;
using PackStation.Web;

namespace PackStation.Worker.Tests.Hosting;

/// <summary>
/// Each project's <c>Add…</c> extension is complete on its own: with only the store ports it needs (or nothing), every
/// service it registers can be built, and calling it twice registers nothing twice.
/// </summary>
public sealed class RegistrationTests
{
    public static TheoryData<string> Extensions =>
        ["Hardware", "Labels", "TrackingNumbers", "Storage", "Shops", "CarrierSources", "Demo", "Packing", "SimulatedPackers", "Waybills", "Web"];

    [Fact]
    public async Task AddWeb_InAWebHostWithTheStorePorts_EveryServiceCanBeBuilt()
    {
        using var dir = new TempDirectory("registration");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = dir.Path });
        builder.Configuration.AddInMemoryCollection(Settings(dir));
        builder.Host.UseDefaultServiceProvider(o => (o.ValidateOnBuild, o.ValidateScopes) = (true, true));
        builder.Services.AddPackStationStorage(builder.Configuration).AddPackStationWeb(builder.Configuration);

        await using var app = builder.Build();
    }

    [Theory]
    [MemberData(nameof(Extensions))]
    public void Add_AloneWithTheStorePorts_EveryServiceCanBeBuilt(string extension)
    {
        if (extension == "Web")
            return; // needs the ASP.NET Core host's own services: AddWeb_InAWebHostWithTheStorePorts_EveryServiceCanBeBuilt
        using var dir = new TempDirectory("registration");
        var (services, configuration) = Services(dir);
        services.AddPackStationStorage(configuration);
        Add(services, configuration, extension);

        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Theory]
    [MemberData(nameof(Extensions))]
    public void Add_Twice_RegistersNothingTwice(string extension)
    {
        using var dir = new TempDirectory("registration");
        var (once, configuration) = Services(dir);
        Add(once, configuration, extension);
        var (twice, _) = Services(dir);
        Add(twice, configuration, extension);
        Add(twice, configuration, extension);

        Assert.Equal(once.Count, twice.Count);
    }

    [Theory]
    [InlineData("Hardware")]
    [InlineData("Labels")]
    public void Add_NoStore_EveryServiceCanBeBuilt(string extension)
    {
        using var dir = new TempDirectory("registration");
        var (services, configuration) = Services(dir);
        Add(services, configuration, extension);

        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static (ServiceCollection Services, IConfiguration Configuration) Services(TempDirectory dir)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(dir)).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        return (services, configuration);
    }

    private static Dictionary<string, string?> Settings(TempDirectory dir) => new()
    {
        ["Store:ConnectionString"] = $"Data Source={dir.File("store.db")}",
        ["Stations:Count"] = "2",
    };

    private static void Add(IServiceCollection services, IConfiguration configuration, string extension)
    {
        _ = extension switch
        {
            "Hardware" => services.AddPackStationHardware(configuration),
            "Labels" => services.AddPackStationLabels(configuration),
            "TrackingNumbers" => services.AddPackStationTrackingNumbers(configuration),
            "Storage" => services.AddPackStationStorage(configuration),
            "Shops" => services.AddPackStationShops(configuration),
            "CarrierSources" => services.AddPackStationCarrierSources(configuration),
            "Demo" => services.AddPackStationDemo(configuration),
            "Packing" => services.AddPackStationPacking(configuration),
            "SimulatedPackers" => services.AddPackStationSimulatedPackers(configuration),
            "Waybills" => services.AddPackStationWaybills(configuration),
            "Web" => services.AddPackStationWeb(configuration),
            _ => throw new ArgumentOutOfRangeException(nameof(extension), extension, null),
        };
    }
}
