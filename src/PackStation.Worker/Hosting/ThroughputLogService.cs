using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PackStation.Packing.Statistics;

namespace PackStation.Worker.Hosting;

/// <summary>Says where the dashboard and stats are once the web server listens, then logs a throughput line every minute.</summary>
public sealed partial class ThroughputLogService(IServer server, IHostApplicationLifetime lifetime, StatsService stats, TimeProvider clock, ILogger<ThroughputLogService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await started.Task.WaitAsync(stoppingToken);
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses.Select(a => a.TrimEnd('/')))
            LogListening(address, address + "/api/stats");

        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = await stats.GetAsync(stoppingToken);
            LogThroughput(now.PackedToday, now.OrdersPerHour, now.Queue.Ready, now.Queue.InProgress, now.Queue.Hold, now.OutboxPending);
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "PackStation is running: dashboard {DashboardUrl}/, stats {StatsUrl}")]
    private partial void LogListening(string dashboardUrl, string statsUrl);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information,
        Message = "Throughput: {PackedToday} packed today, {OrdersPerHour} orders/h; queue {Ready} ready, {InProgress} at stations, {Hold} on hold; {OutboxPending} confirmations to send")]
    private partial void LogThroughput(int packedToday, double ordersPerHour, int ready, int inProgress, int hold, int outboxPending);
}
