using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using PackStation.TestKit;

namespace PackStation.Worker.Tests.Hosting;

public sealed class HostLifecycleTests
{
    [Fact]
    public async Task Run_DemoSite_PacksOrdersAndStopsCleanlyWithinFiveSecondsOfSigterm()
    {
        using var dir = new TempDirectory("host");
        var port = PackstationProcess.FreePort();
        using var host = PackstationProcess.StartIn(dir.Path, "run", "--urls", $"http://127.0.0.1:{port}",
            "--Stations:Count", "4", "--Demo:InitialOrders", "40", "--Demo:OrdersPerMinute", "0");
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        var packed = 0;
        var deadline = Stopwatch.StartNew();
        while (packed == 0 && deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            await Task.Delay(1000);
            try
            {
                using var stats = JsonDocument.Parse(await http.GetStringAsync("/api/stats"));
                packed = stats.RootElement.GetProperty("packedToday").GetInt32();
                Assert.Equal(4, stats.RootElement.GetProperty("stations").GetArrayLength());
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
        }

        Assert.True(packed > 0, "no order packed within 90 s: " + host.StandardError);
        Assert.Equal("ok\n", await http.GetStringAsync("/healthz"));
        host.Signal("TERM");
        var stopping = Stopwatch.StartNew();
        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, exitCode);
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(5), $"stopping took {stopping.Elapsed}");
        Assert.True(File.Exists(dir.File("data/packstation.db")));
        Assert.Contains(host.Output, line => line.Contains("/api/stats", StringComparison.Ordinal));
    }
}
