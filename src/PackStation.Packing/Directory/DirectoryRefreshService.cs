using Microsoft.Extensions.Hosting;

namespace PackStation.Packing.Directory;

/// <summary>Reloads the catalogue and packers every minute, so products a sync brings in become scannable.</summary>
public sealed class DirectoryRefreshService(PackingDirectory directory, TimeProvider clock) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            await directory.ReloadAsync(stoppingToken);
    }
}
