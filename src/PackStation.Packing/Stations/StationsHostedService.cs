using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PackStation.Packing.Directory;

namespace PackStation.Packing.Stations;

/// <summary>Loads the catalogue and packers, then runs every station until the host stops.</summary>
public sealed partial class StationsHostedService(StationFleet fleet, PackingDirectory directory, ILogger<StationsHostedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await directory.ReloadAsync(stoppingToken);
        LogStarting(fleet.Runtimes.Count, directory.Catalogue.Count, directory.Packers.Count);
        try
        {
            await Task.WhenAll(fleet.Runtimes.Select(r => r.RunAsync(stoppingToken)));
        }
        finally
        {
            foreach (var runtime in fleet.Runtimes)
                await runtime.Devices.DisposeAsync();
        }
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Starting {Stations} stations ({Products} products, {Packers} packers)")]
    private partial void LogStarting(int stations, int products, int packers);
}
