using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PackStation.Labels.Tests.Site;

public sealed class SiteOptionsTests
{
    [Fact]
    public void Resolve_RealSiteWithoutSender_FailsNamingTheSetting()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Demo:Enabled"] = "false" }));

        Assert.Contains("Site:Sender:Name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_DemoSiteWithoutSender_UsesTheDemoShop()
    {
        var site = Resolve(new() { ["Demo:Enabled"] = "true" });

        Assert.Equal("草原绒线坊", site.Sender.Name);
    }

    [Fact]
    public void Resolve_DemoSiteWithItsOwnSender_KeepsIt()
    {
        var site = Resolve(new()
        {
            ["Demo:Enabled"] = "true", ["Site:Sender:Name"] = "羊绒小铺", ["Site:Sender:Phone"] = "13900000000",
            ["Site:Sender:Address"] = "仓储路8号", ["Site:TimeZone"] = "Asia/Shanghai",
        });

        Assert.Equal("羊绒小铺", site.Sender.Name);
        Assert.Equal(8, site.Zone(TimeProvider.System).GetUtcOffset(DateTimeOffset.UnixEpoch).TotalHours);
    }

    [Theory]
    [InlineData("Packing:SenderName", "Site:Sender:Name")]
    [InlineData("Labels:Sender:Name", "Site:Sender")]
    [InlineData("Packing:TimeZone", "Site:TimeZone")]
    [InlineData("Labels:TimeZone", "Site:TimeZone")]
    public void Resolve_ReplacedSetting_IsRefusedNamingTheNewOne(string old, string replacement)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Demo:Enabled"] = "true", [old] = "x" }));

        Assert.Contains($"set {replacement} instead", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_UnknownTimeZone_FailsNamingIt()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Demo:Enabled"] = "true", ["Site:TimeZone"] = "Mars/Olympus" }));

        Assert.Contains("Site:TimeZone \"Mars/Olympus\"", error.Message, StringComparison.Ordinal);
    }

    private static SiteOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddPackStationSite(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<SiteOptions>>().Value;
    }
}
