using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PackStation.Shops.Outbox;

/// <summary>Runs the outbox relay every <see cref="OutboxOptions.PollInterval"/> while the service runs.</summary>
public sealed class OutboxRelayService(OutboxRelay relay, IOptions<OutboxOptions> options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var pass = await relay.DeliverDueAsync(stoppingToken);
            if (pass.Total < options.Value.BatchSize)
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
        }
    }
}
