using Microsoft.Extensions.Logging;
using PackStation.Domain.Packing;
using PackStation.Domain.Scanning;
using PackStation.Domain.Weighing;
using PackStation.Packing.Printing;

namespace PackStation.Packing.Stations;

/// <summary>
/// One packing station at work, put together from parts with one role each: <see cref="StationInputs"/> (its devices,
/// a ticker and its printer's queue feed one queue), <see cref="StationLoop"/> (each input in turn: session → action
/// → store → screen), <see cref="StationClaims"/> (the orders it holds), <see cref="StationLabels"/> (labels through
/// the durable print queue), <see cref="StationWeightGate"/> (which readings weigh a parcel) and
/// <see cref="StationScreen"/> (what its screen shows). Device faults show as health; the session waits and resumes.
/// </summary>
public sealed class StationRuntime
{
    private readonly StationInputs _inputs;
    private readonly StationLoop _loop;
    private readonly StationScreen _screen;

    public StationRuntime(StationOptions station, StationDevices devices, StationServices services)
    {
        ArgumentNullException.ThrowIfNull(station);
        ArgumentNullException.ThrowIfNull(devices);
        ArgumentNullException.ThrowIfNull(services);
        StationId = station.Id;
        Devices = devices;
        var (options, clock) = (services.Options, services.Clock);
        var logger = services.Loggers.CreateLogger<StationRuntime>();
        Session = new PackSession(station.Id, SessionOptionsFrom(options), clock);
        PrintQueue = new PrintQueue(StationPrinterKey.For(station.Id), devices.Printer, services.Stores.PrintJobs, new PrintQueueOptions(), clock, logger);

        var claims = new StationClaims(station.Id, services.Stores.Claims, services.Directory, options.ClaimLease, clock, logger);
        var labels = new StationLabels(station.Id, PrintQueue, devices, services.Stores.PrintJobs, services.Stores.Packing, services.Labeler, logger);
        var scale = new StationWeightGate(devices.ScaleProfile?.Scale?.ZeroBandGrams ?? 0);
        _screen = new StationScreen(station, Session, devices, labels, scale, services.Board, clock);
        var directory = services.Directory;
        var classifier = new ScanClassifier(new BarcodeConventions(options.CommandPrefix, options.ReasonPrefix),
            directory.FindByBadge, () => directory.Catalogue, directory.IsRevokedBadge);
        _loop = new StationLoop(station.Id, Session, classifier, directory, claims, services.Stores.Packing, labels, scale, _screen,
            services.Latency, clock, logger);
        var tick = TimeSpan.FromTicks(Math.Min(options.ClaimLease.Ticks / 4, options.PrintRetryInterval.Ticks));
        _inputs = new StationInputs(station.Id, devices, PrintQueue, tick, clock, logger);
    }

    public string StationId { get; }

    public StationDevices Devices { get; }

    public PackSession Session { get; }

    /// <summary>The station printer's queue (jobs keyed <c>{station}/printer</c> in the store).</summary>
    public PrintQueue PrintQueue { get; }

    public static PackSessionOptions SessionOptionsFrom(PackingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new PackSessionOptions
        {
            WeightRule = new WeightRule(new WeightTolerance(options.WeightToleranceGrams, options.WeightTolerancePercent), options.PackagingGrams),
            RequireWeighing = options.RequireWeighing,
            LabelTiming = options.LabelTiming,
            ConfirmByScan = options.ConfirmByScan,
        };
    }

    /// <summary>Runs the station until cancelled: what a restart left, then the inputs and the step loop.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await _loop.PrepareAsync(cancellationToken);
        _inputs.Listen();
        _screen.Publish();
        var feeding = _inputs.RunAsync(cancellationToken);
        await _loop.RunAsync(_inputs.Reader, cancellationToken);
        await feeding;
    }
}
