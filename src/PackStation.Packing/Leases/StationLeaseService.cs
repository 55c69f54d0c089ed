using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PackStation.Domain.Ports;
using PackStation.Packing.Stations;

namespace PackStation.Packing.Leases;

/// <summary>
/// A station id is run by one live process at a time: at start this host takes the lease <c>station:S04</c> of each of
/// its stations (a station held by another live process stops the start with a message naming it), renews them while it
/// runs and gives them up when it stops. Registered before the stations, so none runs without its lease.
/// </summary>
public sealed partial class StationLeaseService(IOptions<StationsOptions> stations, ILeaseKeeper leases, TimeProvider clock,
    ILogger<StationLeaseService> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private IReadOnlyList<string> _held = [];
    private Task _renewing = Task.CompletedTask;

    public static string LeaseName(string stationId) => "station:" + stationId.ToUpperInvariant();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var held = new List<string>();
        foreach (var station in stations.Value.All)
        {
            var name = LeaseName(station.Id);
            var decision = await leases.TryTakeAsync(name, cancellationToken);
            if (!decision.Takes)
            {
                foreach (var taken in held)
                    await leases.ReleaseAsync(taken, cancellationToken);
                throw new StoreInUseException(
                    $"Stations: station {station.Id} is run by {decision.HeldBy!.Holder}; a station id belongs to one live process " +
                    "at a time. Stop that process, or give this one other station ids (Stations:Count, Stations:List).");
            }

            held.Add(name);
        }

        _held = held;
        _renewing = RenewAsync(_stop.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stop.CancelAsync();
        await _renewing;
        foreach (var name in _held)
            await leases.ReleaseAsync(name, cancellationToken);
    }

    private async Task RenewAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(leases.RenewEvery, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var name in _held)
                {
                    try
                    {
                        if (!await leases.RenewAsync(name, stoppingToken))
                            LogLost(name);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // The store is unreachable for a moment: the next tick tries again, within the lease.
                        LogRenewFailed(e, name);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    public void Dispose() => _stop.Dispose();

    [LoggerMessage(EventId = 2401, Level = LogLevel.Critical, Message = "Lost the lease {Lease}: another process took it after this one failed to renew it")]
    private partial void LogLost(string lease);

    [LoggerMessage(EventId = 2402, Level = LogLevel.Warning, Message = "Could not renew the lease {Lease}")]
    private partial void LogRenewFailed(Exception error, string lease);
}
