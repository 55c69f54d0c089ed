using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PackStation.Shops.Outbox;

/// <summary>Runs the outbox relay every <see cref="OutboxOptions.PollInterval"/> while the service runs.</summary>
public sealed partial class OutboxRelayService(OutboxRelay relay, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxRelayService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var pass = OutboxPass.None;
            try
            {
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
