using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using PackStation.Domain.Packing;
using PackStation.Domain.Ports;
using PackStation.Domain.Scanning;
using PackStation.Hardware.Devices;
using PackStation.Packing.Directory;
using PackStation.Packing.Labelling;

namespace PackStation.Packing.Stations;

/// <summary>
/// One packing station at work: its devices feed one queue of inputs, handled one at a time. Each input goes through
/// the <see cref="PackSession"/>; its step is committed to the store before the screen shows the result, so what a
/// packer has seen acknowledged survives a crash. Device faults show as health; the session waits and resumes.
/// </summary>
public sealed partial class StationRuntime
{
    private readonly Channel<StationInput> _inputs = Channel.CreateUnbounded<StationInput>(new UnboundedChannelOptions { SingleReader = true });
    private readonly StationOptions _station;
    private readonly PackingOptions _options;
    private readonly IClaimStore _claims;
    private readonly IPackingStore _packing;
    private readonly PackingDirectory _directory;
    private readonly IParcelLabeler _labeler;
    private readonly StationBoard _board;
    private readonly LatencyRecorder _latency;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly ScanClassifier _classifier;
    private long _version;

    public StationRuntime(StationOptions station, StationDevices devices, PackingOptions options, StationStores stores,
        PackingDirectory directory, IParcelLabeler labeler, StationBoard board, LatencyRecorder latency, TimeProvider clock, ILogger<StationRuntime> logger)
    {
        _station = station ?? throw new ArgumentNullException(nameof(station));
        Devices = devices ?? throw new ArgumentNullException(nameof(devices));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        ArgumentNullException.ThrowIfNull(stores);
        _claims = stores.Claims;
        _packing = stores.Packing;
        _printJobs = stores.PrintJobs;
        PrintQueue = NewPrintQueue(station.Id, devices.Printer, stores.PrintJobs, clock, logger);
        _directory = directory;
        _labeler = labeler;
        _board = board;
        _latency = latency;
        _clock = clock;
        _logger = logger;
        Session = new PackSession(station.Id, SessionOptionsFrom(options), clock);
        var conventions = new BarcodeConventions(options.CommandPrefix, options.ReasonPrefix);
        _classifier = new ScanClassifier(conventions, code => _directory.FindByBadge(code), () => _directory.Catalogue, _directory.IsRevokedBadge);
    }

    public string StationId => _station.Id;

    public StationDevices Devices { get; }

    public PackSession Session { get; }

    public static PackSessionOptions SessionOptionsFrom(PackingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new PackSessionOptions
        {
            WeightRule = new Domain.Weighing.WeightRule(new Domain.Weighing.WeightTolerance(options.WeightToleranceGrams, options.WeightTolerancePercent), options.PackagingGrams),
            RequireWeighing = options.RequireWeighing,
            LabelTiming = options.LabelTiming,
            ConfirmByScan = options.ConfirmByScan,
        };
    }

    /// <summary>Runs the station until cancelled: device readers, a ticker, and the input loop.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await LoadResumableClaimAsync(cancellationToken);
        await QueueMissingLabelsAsync(cancellationToken);
        Devices.Scanner.HealthChanged += (_, health) => _inputs.Writer.TryWrite(new DeviceHealthArrived("scanner", health));
        Devices.Scale.HealthChanged += (_, health) => _inputs.Writer.TryWrite(new DeviceHealthArrived("scale", health));
        Devices.Printer.HealthChanged += (_, health) => _inputs.Writer.TryWrite(new DeviceHealthArrived("printer", health));
        Publish();

        var readers = new[]
        {
            ReadScannerAsync(cancellationToken),
            ReadScaleAsync(cancellationToken),
            TickAsync(cancellationToken),
            RunPrintQueueAsync(cancellationToken),
        };
        try
        {
            await foreach (var input in _inputs.Reader.ReadAllAsync(cancellationToken))
                await HandleSafelyAsync(input, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }

        await Task.WhenAll(readers);
    }

    private async Task HandleSafelyAsync(StationInput input, CancellationToken cancellationToken)
    {
        try
        {
            await HandleAsync(input, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ClaimLostException e)
        {
            await WithdrawAsync(e.Message, cancellationToken);
        }
        catch (Exception e)
        {
            // A failed store or device call must not stop the station: the packer sees it and scans again.
            LogInputFailed(e, StationId, input.GetType().Name);
            ShowError("station-error", "Not saved, scan again: " + e.Message);
        }
    }

    private Task HandleAsync(StationInput input, CancellationToken cancellationToken) => input switch
    {
        ScanArrived scan => HandleScanAsync(scan.Scan, cancellationToken),
        WeightArrived weight => HandleWeightAsync(weight.Reading, cancellationToken),
        DeviceHealthArrived health => HandleHealthAsync(health, cancellationToken),
        Tick => HandleTickAsync(cancellationToken),
        PrintQueueChanged changed => HandlePrintQueueAsync(changed, cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task ReadScannerAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await foreach (var scan in Devices.Scanner.ReadScansAsync(cancellationToken))
                    _inputs.Writer.TryWrite(new ScanArrived(scan));
                return;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogDeviceFailed(e, StationId, "scanner");
                await DelayQuietlyAsync(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    private async Task ReadScaleAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await foreach (var reading in Devices.Scale.ReadingsAsync(cancellationToken))
                    _inputs.Writer.TryWrite(new WeightArrived(reading));
                return;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogDeviceFailed(e, StationId, "scale");
                await DelayQuietlyAsync(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromTicks(Math.Min(_options.ClaimLease.Ticks / 4, _options.PrintRetryInterval.Ticks));
        using var timer = new PeriodicTimer(interval, _clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
                _inputs.Writer.TryWrite(new Tick());
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    private async Task DelayQuietlyAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, _clock, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }
}
