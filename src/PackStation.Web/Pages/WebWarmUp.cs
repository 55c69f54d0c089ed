using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PackStation.Packing.Statistics;
using PackStation.Web.Metrics;

namespace PackStation.Web.Pages;

/// <summary>
/// Does at start, in the background, what the first page view would otherwise wait for: reads today's events into the
/// statistics and the metrics' counters. (The pages themselves are composed when <see cref="EmbeddedAssets"/> is built.)
/// </summary>
public sealed partial class WebWarmUp(StatsService stats, EventCounters counters, ILogger<WebWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await stats.GetAsync(stoppingToken);
            await counters.SnapshotAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogWarmUpFailed(e);
        }
    }

    [LoggerMessage(EventId = 7015, Level = LogLevel.Warning, Message = "Web warm-up failed; the first page view does the work instead")]
    private partial void LogWarmUpFailed(Exception exception);
}
