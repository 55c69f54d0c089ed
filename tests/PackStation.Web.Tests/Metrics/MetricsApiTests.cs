using System.Diagnostics;
using System.Net;

namespace PackStation.Web.Tests.Metrics;

/// <summary>/metrics over HTTP on the closed site (anonymous, as Prometheus scrapes), whose stations no other test drives.</summary>
[Collection(WebCollection.Name)]
public sealed class MetricsApiTests(WebAppFixture web)
{
    private TestService Site => web.ClosedSite;

    [Fact]
    public async Task Metrics_Anonymous_HasEverySeriesTheIssueLists()
    {
        var (status, contentType, text) = await ScrapeAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("text/plain; version=0.0.4", contentType, StringComparison.Ordinal);
        var families = PrometheusExposition.Parse(text).Keys.Select(PrometheusExposition.Family).ToHashSet(StringComparer.Ordinal);
        foreach (var name in new[]
        {
            "packstation_scans_total", "packstation_orders_packed_total", "packstation_exceptions_total", "packstation_device_up",
            "packstation_outbox_backlog", "packstation_queue_orders", "packstation_sync_lag_seconds",
        })
            Assert.Contains(name, families);
        Assert.Contains("packstation_device_up{station=\"S01\",role=\"scanner\"} 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncLag_AfterTheDemoShopSynced_IsFiniteAndSmall()
    {
        // The sync service runs once at start; until it has finished without error the lag is +Inf.
        IReadOnlyDictionary<string, double> samples;
        var waited = Stopwatch.StartNew();
        do
        {
            samples = PrometheusExposition.Parse((await ScrapeAsync()).Text);
            if (double.IsFinite(samples.GetValueOrDefault("packstation_sync_lag_seconds{shop=\"demo\"}", double.NaN)))
                break;
            await Task.Delay(200);
        }
        while (waited.Elapsed < TimeSpan.FromSeconds(20));

        var lag = samples["packstation_sync_lag_seconds{shop=\"demo\"}"];
        Assert.InRange(lag, 0, 120);
        var last = samples["packstation_sync_last_success_timestamp_seconds{shop=\"demo\"}"];
        Assert.InRange(last, DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Metrics_AfterAcceptedAndWrongScans_CountersMove()
    {
        const string Accepted = "packstation_scans_total{result=\"item-accepted\"}";
        const string Wrong = "packstation_scans_total{result=\"wrong-item\"}";
        const string WrongException = "packstation_exceptions_total{kind=\"wrong-item\"}";
        var order = await Site.StartOrderAsync("S01", "P001");
        var before = PrometheusExposition.Parse((await ScrapeAsync()).Text);

        // The wrong item first: after the right one, a one-item order would be complete and want the scale instead.
        Site.Scanner("S01").Inject(Site.WrongItemBarcode(order));
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
            await Site.Board.WaitForAsync("S01", s => s.LastFeedback?.Code == "wrong-item", timeout.Token);
        Site.Scanner("S01").Inject(Site.FirstLineBarcode(order));

        var after = before;
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(10) && (after[Wrong] == before[Wrong] || after[Accepted] == before[Accepted]))
        {
            await Task.Delay(100);
            after = PrometheusExposition.Parse((await ScrapeAsync()).Text);
        }

        Assert.Equal(before[Accepted] + 1, after[Accepted]);
        Assert.Equal(before[Wrong] + 1, after[Wrong]);
        Assert.Equal(before[WrongException] + 1, after[WrongException]);
        Assert.Equal(before["packstation_queue_orders{state=\"in-progress\"}"], after["packstation_queue_orders{state=\"in-progress\"}"]);
    }

    [Fact]
    public async Task Metrics_Text_IsValidExpositionFormatForThePythonClientParserToo()
    {
        var text = (await ScrapeAsync()).Text;
        var samples = PrometheusExposition.Parse(text);

        // A second, independent reader: the official Python client's parser (Debian python3-prometheus-client).
        using var python = Process.Start(new ProcessStartInfo("/usr/bin/python3",
            ["-c", "import sys, prometheus_client.parser as p; print(sum(len(f.samples) for f in p.text_string_to_metric_families(sys.stdin.read())))"])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        await python.StandardInput.WriteAsync(text);
        python.StandardInput.Close();
        var output = await python.StandardOutput.ReadToEndAsync();
        var error = await python.StandardError.ReadToEndAsync();
        await python.WaitForExitAsync();

        Assert.True(python.ExitCode == 0, error);
        Assert.Equal(samples.Count, int.Parse(output.Trim(), System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<(HttpStatusCode Status, string ContentType, string Text)> ScrapeAsync()
    {
        using var http = new HttpClient { BaseAddress = Site.BaseAddress };
        using var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative));
        return (response.StatusCode, response.Content.Headers.ContentType?.ToString() ?? "", await response.Content.ReadAsStringAsync());
    }
}
