using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PackStation.Domain.Ports;

namespace PackStation.Packing.Directory;

/// <summary>
/// Reloads the catalogue every minute, so products a sync brings in become scannable, and the packers within
/// <see cref="PeopleInterval"/> of any change to people, also one made by another process (the command line, another
/// host): a disabled packer or a re-issued badge is refused at the stations within seconds.
/// </summary>
public sealed partial class DirectoryRefreshService(PackingDirectory directory, IPeopleStore people, TimeProvider clock,
    ILogger<DirectoryRefreshService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan PeopleInterval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PeopleInterval, clock);
        var lastCatalogue = clock.GetUtcNow();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (clock.GetUtcNow() - lastCatalogue >= Interval)
                {
                    lastCatalogue = clock.GetUtcNow();
                    await directory.ReloadAsync(stoppingToken);
                }
                else if (await people.PeopleVersionAsync(stoppingToken) != directory.PeopleVersion)
                {
                    await directory.ReloadPeopleAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store failed for a moment: the stations keep the directory they have; the next tick tries again.
                LogReloadFailed(e);
            }
        }
    }

    [LoggerMessage(EventId = 2401, Level = LogLevel.Warning, Message = "Could not reload the catalogue or the packers; keeping the ones loaded")]
    private partial void LogReloadFailed(Exception exception);
}
