using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scanners;
using PackStation.TestKit;

namespace PackStation.Hardware.Tests.Scanners;

/// <summary>The shipped scanner profiles load, name real settings, and open through the device factory.</summary>
public sealed class ScannerProfilesTests
{
    private static readonly string ProfilesDirectory = ProfileLibrary.FindDefaultDirectory()
        ?? throw new InvalidOperationException("hardware-profiles not found above the test folder");

    [Fact]
    public void Load_ShippedScannerProfiles_AtLeastFiveRealModelsWithValidSettings()
    {
        var scanners = ProfileLibrary.Load(ProfilesDirectory).All.Where(p => p.Kind == DeviceKind.Scanner && !p.IsSimulated).ToList();

        Assert.True(scanners.Count >= 5, $"only {scanners.Count} real scanner profiles");
        Assert.All(scanners, p =>
        {
            var settings = Assert.IsType<ScannerSettings>(p.Scanner);
            _ = settings.ParsedSuffix;
            _ = settings.ParsedAimIds;
            Assert.NotEmpty(settings.Programming ?? []);
            Assert.NotEmpty(settings.FactoryDefaults ?? new Dictionary<string, string>());
        });
        Assert.Contains(scanners, p => p.Transport.Type == "serial");
        Assert.Contains(scanners, p => p.Transport.Type == "evdev");
        Assert.Contains(scanners, p => p.Usb is { VendorId: "0c2e" });
    }

    [Fact]
    public void Parse_UnknownScannerProperty_RejectedBySchema()
    {
        const string json = """
            { "id": "x", "kind": "scanner", "vendor": "v", "model": "m", "transport": { "type": "serial" },
              "scanner": { "suffix": "CR", "sufix": "LF" } }
            """;

        var error = Assert.Throws<ProfileException>(() => ProfileReader.Parse(json, "x.json"));
        Assert.Contains("sufix", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadSuffix_RejectedBySchema()
    {
        const string json = """
            { "id": "x", "kind": "scanner", "vendor": "v", "model": "m", "transport": { "type": "serial" },
              "scanner": { "suffix": "ETX" } }
            """;

        Assert.Throws<ProfileException>(() => ProfileReader.Parse(json, "x.json"));
    }

    [Fact]
    public async Task CreateScanner_RealSerialProfileAndPort_ScansThroughTheFactory()
    {
        await using var pair = await SocatPair.StartAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Hardware:ProfilesPath"] = ProfilesDirectory })
            .Build();
        await using var services = new ServiceCollection().AddPackStationHardware(configuration).BuildServiceProvider();
        var factory = services.GetRequiredService<DeviceFactory>();
        var binding = new DeviceBinding { Profile = "honeywell-voyager-1450g-usb-serial", Port = pair.DevicePath };

        factory.Validate(DeviceKind.Scanner, binding);
        await using var scanner = factory.CreateScanner(binding);
        await using var reader = new ScanReader(scanner);
        await using var far = pair.OpenFar();
        await far.WriteAsync(Encoding.ASCII.GetBytes("]d20109506000134352\u001D10LOT1\r"));

        var scan = await reader.NextAsync();
        Assert.IsType<TransportScanner>(scanner);
        Assert.True(scan.Valid, scan.Error);
        Assert.Equal("09506000134352", scan.Gtin);
        Assert.Equal("LOT1", scan.Gs1!["10"]);
    }

    [Fact]
    public void CreateScanner_SerialProfileWithoutPort_ThrowsNamingThePort()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Hardware:ProfilesPath"] = ProfilesDirectory })
            .Build();
        using var services = new ServiceCollection().AddPackStationHardware(configuration).BuildServiceProvider();

        var error = Assert.Throws<ArgumentException>(() =>
            services.GetRequiredService<DeviceFactory>().CreateScanner(new DeviceBinding { Profile = "newland-usb-com" }));
        Assert.Contains("Port", error.Message, StringComparison.Ordinal);
    }
}
