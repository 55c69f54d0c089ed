using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PackStation.Domain.Packers;
using PackStation.Domain.Ports;
using PackStation.Domain.Scanning;
using PackStation.Hardware;
using PackStation.Labels;
using PackStation.Labels.Tracking;
using PackStation.Hardware.Devices;
using PackStation.Packing;
using PackStation.Packing.Directory;
using PackStation.Packing.Simulation;
using PackStation.Packing.Stations;
using PackStation.Shops;
using PackStation.Shops.Demo;
using PackStation.Shops.Outbox;
using PackStation.Storage;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Hosting;

/// <summary>What <c>packstation simulate</c> measured.</summary>
public sealed record SimulationResult(int Orders, int Stations, int Packed, double Seconds, double OrdersPerSecond,
    double ScanLatencyMsP50, double ScanLatencyMsP99, double ScanLatencyMsMax, long Scans, int Errors, string Store)
{
    /// <summary>With --write-back: confirmations the shop accepted (or already had), and those it refused for good.</summary>
    public int? Confirmed { get; init; }

    public int? ConfirmationsParked { get; init; }
}

/// <summary>
/// The whole packing pipeline at full speed: the real store, station runtimes and labeler, with simulated devices
/// and packers who never pause. Either packs freshly generated demo orders in a throwaway store, or (from the store)
/// every open order already in the configured one.
/// </summary>
public static class SimulationRun
{
    public static async Task<SimulationResult> RunAsync(IConfiguration configuration, int stations, int orders, bool fromStore, bool writeBack, string? storeFolder, TextWriter progress, TextWriter? trace, CancellationToken cancellationToken, DeviceBinding? printer = null)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var overrides = new Dictionary<string, string?>
        {
            ["Stations:Count"] = stations.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Packing:ClaimLease"] = "00:10:00",
        };
        if (printer is not null)
        {
            // --printer P [--host H]: every label goes through that binding instead of the simulated printers.
            overrides["Stations:CountPrinter:Profile"] = printer.Profile;
            overrides["Stations:CountPrinter:Host"] = printer.Host;
            overrides["Stations:CountPrinter:Port"] = printer.Port;
            overrides["Stations:CountPrinter:File"] = printer.File;
        }
        if (!fromStore)
            overrides["Store:ConnectionString"] = $"Data Source={Path.Combine(storeFolder!, "simulate.db")}";

        await using var host = await CommandServices.BuildAsync(configuration, (services, c) => Register(services, c, writeBack), cancellationToken, overrides);
        var orderStore = host.GetRequiredService<IOrderStore>();
        var outbox = host.GetRequiredService<IOutboxStore>();
        var packers = await PrepareAsync(host, stations, orders, fromStore, cancellationToken);
        var open = (await orderStore.CountQueueAsync(DateTimeOffset.MaxValue, cancellationToken)).Ready;
        await progress.WriteLineAsync($"simulate: {stations} stations, {open} orders to pack ({(fromStore ? "from the configured store" : "demo orders")})");

        await host.StartAsync(cancellationToken);
        var fleet = host.GetRequiredService<StationFleet>();
        var board = host.GetRequiredService<StationBoard>();
        var directory = host.GetRequiredService<PackingDirectory>();
        await directory.ReloadAsync(cancellationToken);
        var packing = host.GetRequiredService<IOptions<PackingOptions>>().Value;
        var conventions = new BarcodeConventions(packing.CommandPrefix, packing.ReasonPrefix);
        var clock = host.GetRequiredService<TimeProvider>();
        await WaitForStationsAsync(board, fleet.Runtimes.Count, cancellationToken);

        using var stopTrace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var tracing = trace is null ? Task.CompletedTask : TraceAsync(board, trace, stopTrace.Token);
        var errors = 0;
        var watch = Stopwatch.StartNew();
        var work = fleet.Runtimes.Select((runtime, i) => Task.Run(async () =>
        {
            var packer = new SimulatedPacker(runtime, board, directory, packers[i], SimulatedPackerPace.FullSpeed, conventions, clock, new Random(i));
            try
            {
                await packer.RunAsync(stopWhenQueueEmpty: true, cancellationToken);
            }
            catch (Exception e) when (e is TimeoutException or InvalidOperationException)
            {
                Interlocked.Increment(ref errors);
                await progress.WriteLineAsync($"simulate: station {runtime.StationId}: {e.Message}");
            }

            return packer.OrdersPacked;
        }, cancellationToken)).ToList();
        var packed = (await Task.WhenAll(work)).Sum();
        watch.Stop();
        await stopTrace.CancelAsync();
        await tracing;
        await host.StopAsync(CancellationToken.None);

        OutboxPass? delivered = null;
        if (writeBack)
        {
            await progress.WriteLineAsync($"simulate: writing {await outbox.CountPendingAsync(cancellationToken)} shipment confirmations back to the shop");
            delivered = await host.GetRequiredService<OutboxRelay>().DrainAsync(TimeSpan.FromMinutes(30), cancellationToken);
            errors += await outbox.CountPendingAsync(cancellationToken);
        }

        var latency = host.GetRequiredService<LatencyRecorder>();
        var seconds = watch.Elapsed.TotalSeconds;
        errors += Math.Max(0, open - packed);
        return new SimulationResult(open, stations, packed, Math.Round(seconds, 3), Math.Round(packed / Math.Max(seconds, 1e-6), 1),
            Math.Round(latency.PercentileMilliseconds(50), 3), Math.Round(latency.PercentileMilliseconds(99), 3), Math.Round(latency.PercentileMilliseconds(100), 3),
            latency.Count, errors, fromStore ? "configured" : "sqlite (temporary)")
        {
            Confirmed = delivered is null ? null : delivered.Delivered + delivered.AlreadyAtShop,
            ConfirmationsParked = delivered?.Parked,
        };
    }

    /// <summary>
    /// The store and the stations with simulated devices only (a site's real station list does not take part). With
    /// write-back the configured shop receives the confirmations after the packing; no sync or relay runs meanwhile.
    /// </summary>
    private static void Register(IServiceCollection services, IConfiguration configuration, bool writeBack)
    {
        services.AddPackStationStorage(configuration).AddPackStationPacking(configuration);
        services.Configure<StationsOptions>(o => o.List.Clear());
        if (!writeBack)
            return;
        services.AddPackStationShops(configuration).AddPackStationDemo(configuration);
        services.RemoveAll<IHostedService>();
        services.AddHostedService<StoreMigrationService>();
        services.AddHostedService<StationsHostedService>();
    }

    /// <summary>Puts in what the run needs: the demo catalogue and orders (unless from the store) and one packer per station.</summary>
    private static async Task<IReadOnlyList<Packer>> PrepareAsync(IServiceProvider services, int stations, int orders, bool fromStore, CancellationToken cancellationToken)
    {
        var catalogue = services.GetRequiredService<ICatalogueStore>();
        if (!fromStore)
        {
            await catalogue.UpsertProductsAsync(DemoCatalogue.Products, cancellationToken);
            var generator = new DemoOrderGenerator(new Random(42));
            var start = DateTimeOffset.UtcNow.AddHours(-1);
            var all = Enumerable.Range(0, orders).Select(i => generator.Next(start.AddMilliseconds(i))).ToList();
            foreach (var batch in all.Chunk(1000))
                await services.GetRequiredService<IOrderStore>().UpsertOrdersAsync(batch, cancellationToken);
        }

        // Simulated packers SIM001…: added once (a store used again keeps them and their badges).
        var at = DateTimeOffset.UtcNow;
        var changes = Enumerable.Range(1, stations)
            .Select(i => new Packer($"SIM{i:000}", $"Simulated packer {i}", BadgeCode.New()))
            .Select(p => new PackerChange(p, new PeopleEvent(at, "simulate", PeopleSubject.Packer, p.Id, PeopleAction.Added, p.Name), IsNew: true))
            .ToList();
        var people = services.GetRequiredService<IPeopleStore>();
        await people.SavePackersAsync(changes, cancellationToken);
        var ids = changes.Select(c => c.Packer.Id).ToHashSet(StringComparer.Ordinal);
        return (await people.LoadPackersAsync(cancellationToken)).Where(p => ids.Contains(p.Id)).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Prints every answer a station shows, one tab-separated line each (station, order, feedback code, message).
    /// A line is printed only after its step was committed: crash tests kill the process and check each printed step.
    /// </summary>
    private static async Task TraceAsync(StationBoard board, TextWriter trace, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var snapshot in board.FollowAsync(null, cancellationToken))
            {
                if (snapshot.LastFeedback is { } feedback)
                {
                    await trace.WriteLineAsync($"ack\t{snapshot.StationId}\t{snapshot.OrderId}\t{feedback.Code}\t{feedback.Message}");
                    await trace.FlushAsync(cancellationToken);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    private static async Task WaitForStationsAsync(StationBoard board, int count, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (board.All.Count < count)
            await Task.Delay(10, timeout.Token);
    }
}
