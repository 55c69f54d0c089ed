using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PackStation.Domain.Packers;
using PackStation.Domain.Scanning;
using PackStation.Hardware.Simulated;
using PackStation.Packing.Directory;
using PackStation.Packing.Stations;

namespace PackStation.Packing.Simulation;

/// <summary>
/// The demo site's packers: one simulated packer at every station whose scanner and scale are simulated, working at
/// human pace with human mistakes. Enabled by <c>Demo:SimulatedPackers</c>.
/// </summary>
public sealed partial class SimulatedPackersService(
    StationFleet fleet, StationBoard board, PackingDirectory directory, IOptions<PackingOptions> options,
    TimeProvider clock, ILogger<SimulatedPackersService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Give the stations a moment to load the catalogue and packers.
        while (directory.Packers.Count == 0 && !stoppingToken.IsCancellationRequested)
            await Task.Delay(TimeSpan.FromMilliseconds(200), clock, stoppingToken);

        var packers = directory.Packers.Where(p => p.Role == PackerRole.Packer).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var conventions = new BarcodeConventions(options.Value.CommandPrefix, options.Value.ReasonPrefix);
        var stations = fleet.Runtimes.Where(r => r.Devices.Scanner is SimulatedScanner && r.Devices.Scale is SimulatedScale).ToList();
        var work = stations.Zip(packers).Select((pair, i) =>
            RunForeverAsync(new SimulatedPacker(pair.First, board, directory, pair.Second, SimulatedPackerPace.Human, conventions, clock, new Random(1000 + i)), pair.First.StationId, stoppingToken));
        await Task.WhenAll(work);
    }

    private async Task RunForeverAsync(SimulatedPacker packer, string stationId, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await packer.RunAsync(stopWhenQueueEmpty: false, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogPackerConfused(e, stationId);
                await Task.Delay(TimeSpan.FromSeconds(5), clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(EventId = 2301, Level = LogLevel.Warning, Message = "Simulated packer at {StationId} lost track and starts over")]
    private partial void LogPackerConfused(Exception exception, string stationId);
}
