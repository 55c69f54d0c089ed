using PackStation.TestKit;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Tests.Hosting;

public sealed class ConfigurationErrorTests
{
    [Theory]
    [InlineData("Stations:List:0:Scanner:Profile", "--Stations:List:0:Id=A1", "--Stations:List:0:Scanner:Profile=no-such-scanner")]
    [InlineData("Stations:List:1:Id", "--Stations:List:0:Id=A1", "--Stations:List:1:Id=A1")]
    [InlineData("Store:ConnectionString", "--Store:ConnectionString=Data Source=/proc/packstation/none.db")]
    [InlineData("Store:ConnectionString", "--Store:ConnectionString=Mode=Nonsense;;")]
    [InlineData("Packing:WeightTolerancePercent", "--Packing:WeightTolerancePercent=250")]
    public async Task Run_BadSetting_StopsWithOneMessageNamingIt(string setting, params string[] args)
    {
        using var dir = new TempDirectory("config");

        var (exitCode, process) = await PackstationProcess.RunAsync(dir.Path, TimeSpan.FromSeconds(60), ["run", "--urls", "http://127.0.0.1:0", .. args]);
        using var _ = process;

        Assert.Equal(ExitCodes.Configuration, exitCode);
        Assert.Contains(setting, process.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", process.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(process.Output, line => line.Contains("   at ", StringComparison.Ordinal));
    }
}
