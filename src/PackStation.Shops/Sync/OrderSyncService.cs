using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PackStation.Domain.Leases;

namespace PackStation.Shops.Sync;

/// <summary>
/// Runs the order sync every <see cref="SyncOptions.Interval"/> on the site's leader (<see cref="ISiteLeader"/>), and at
/// once on the host that received a webhook hinting at news. Either way the shop's sync lease lets one sync of a shop
/// run at a time across the site.
/// </summary>
public sealed partial class OrderSyncService(IServiceProvider services, SyncSignal signal, ISiteLeader leader, IOptions<SyncOptions> options,
    ILogger<OrderSyncService> logger) : BackgroundService
{
    private static readonly TimeSpan FollowerPoll = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var engine = services.GetRequiredService<OrderSyncEngine>();
        var hinted = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!leader.IsLeader && !hinted)
            {
                // Another host leads: look again each second (this one may lead next), or sync now on a webhook's hint.
                hinted = await signal.WaitAsync(options.Value.Interval < FollowerPoll ? options.Value.Interval : FollowerPoll, stoppingToken);
                continue;
            }

            // Shop failures are logged by the engine; a store fault must not stop the host either. Retried next tick.
            try
            {
                await engine.RunOnceAsync(null, everything: false, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e);
            }

            hinted = await signal.WaitAsync(options.Value.Interval, stoppingToken);
        }
    }

    [LoggerMessage(EventId = 6004, Level = LogLevel.Error, Message = "Order sync failed; retrying at the next interval")]
    private partial void LogFailed(Exception exception);
}
