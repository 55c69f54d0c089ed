using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PackStation.Domain.Leases;

namespace PackStation.Shops.Outbox;

/// <summary>
/// Runs the outbox relay every <see cref="OutboxOptions.PollInterval"/> while the service runs and leads the site
/// (<see cref="ISiteLeader"/>): the other hosts of a site leave the shops to the leader.
/// </summary>
public sealed partial class OutboxRelayService(OutboxRelay relay, ISiteLeader leader, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxRelayService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var pass = OutboxPass.None;
            try
            {
                if (leader.IsLeader)
                    pass = await relay.DeliverDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e);
            }

            if (pass.Total < options.Value.BatchSize)
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
        }
    }

    [LoggerMessage(EventId = 6105, Level = LogLevel.Error, Message = "Outbox relay pass failed; retrying at the next poll")]
    private partial void LogFailed(Exception exception);
}
