using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PackStation.Shops.Sync;

/// <summary>Runs the order sync every <see cref="SyncOptions.Interval"/>, or at once when a webhook hints at news.</summary>
public sealed partial class OrderSyncService(IServiceProvider services, SyncSignal signal, IOptions<SyncOptions> options, ILogger<OrderSyncService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var engine = services.GetRequiredService<OrderSyncEngine>();
        while (!stoppingToken.IsCancellationRequested)
        {
            // Shop failures are logged by the engine; a store fault must not stop the host either. Retried next tick.
            try
            {
                await engine.RunOnceAsync(null, everything: false, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e);
            }

            await signal.WaitAsync(options.Value.Interval, stoppingToken);
        }
    }

    [LoggerMessage(EventId = 6004, Level = LogLevel.Error, Message = "Order sync failed; retrying at the next interval")]
    private partial void LogFailed(Exception exception);
}
