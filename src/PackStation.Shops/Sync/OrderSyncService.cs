using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PackStation.Shops.Sync;

/// <summary>Runs the order sync every <see cref="SyncOptions.Interval"/>, or at once when a webhook hints at news.</summary>
public sealed class OrderSyncService(IServiceProvider services, SyncSignal signal, IOptions<SyncOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var engine = services.GetRequiredService<OrderSyncEngine>();
        while (!stoppingToken.IsCancellationRequested)
        {
            // Failures are logged by the engine and retried at the next tick; nothing stored is lost.
            await engine.RunOnceAsync(null, everything: false, stoppingToken);
            await signal.WaitAsync(options.Value.Interval, stoppingToken);
        }
    }
}
