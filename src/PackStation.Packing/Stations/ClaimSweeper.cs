using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PackStation.Domain.Leases;
using PackStation.Domain.Ports;

namespace PackStation.Packing.Stations;

/// <summary>
/// Returns orders whose station stopped renewing its claim (crashed, unplugged PC) to the queue. Site-wide work: only
/// the site's leader (<see cref="ISiteLeader"/>) sweeps.
/// </summary>
public sealed partial class ClaimSweeper(IClaimStore claims, ISiteLeader leader, IOptions<PackingOptions> options, TimeProvider clock,
    ILogger<ClaimSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ClaimLease / 2, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!leader.IsLeader)
                continue;
            var released = await claims.ReleaseExpiredClaimsAsync(clock.GetUtcNow(), stoppingToken);
            if (released > 0)
                LogReleased(released);
        }
    }

    [LoggerMessage(EventId = 2201, Level = LogLevel.Warning, Message = "{Count} orders whose station stopped renewing its claim went back to the queue")]
    private partial void LogReleased(int count);
}
