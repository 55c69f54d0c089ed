using System.Text.Json;
using PackStation.Hardware.Profiles;

namespace PackStation.Worker.Tests.Hosting;

public sealed class DeployExampleTests
{
    [Fact]
    public void ProductionExample_NamesOnlyShippedProfiles()
    {
        var root = FindRepositoryRoot();
        var library = ProfileLibrary.Load(Path.Combine(root, "hardware-profiles"));
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "deploy", "appsettings.production.json")));
        var stations = config.RootElement.GetProperty("Stations").GetProperty("List").EnumerateArray().ToList();

        Assert.NotEmpty(stations);
        foreach (var station in stations)
        {
            Assert.True(library.Contains(DeviceKind.Scanner, station.GetProperty("Scanner").GetProperty("Profile").GetString()!));
            Assert.True(library.Contains(DeviceKind.Scale, station.GetProperty("Scale").GetProperty("Profile").GetString()!));
            Assert.True(library.Contains(DeviceKind.Printer, station.GetProperty("Printer").GetProperty("Profile").GetString()!));
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PackStation.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("PackStation.sln not found above the test folder.");
    }
}
