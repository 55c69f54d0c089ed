using PackStation.Domain.Packers;
using PackStation.Domain.Packing;
using PackStation.Domain.Scanning;
using PackStation.Hardware.Simulated;
using PackStation.Packing.Directory;
using PackStation.Packing.Stations;

namespace PackStation.Packing.Simulation;

/// <summary>
/// A pretend packer at a station with simulated devices: badge in, NEXT, scan each item, put the parcel on the scale,
/// scan the label if asked, clear the scale, again. At the human pace it also makes the mistakes real packers make,
/// so the dashboard's exceptions fill up.
/// </summary>
public sealed class SimulatedPacker(StationRuntime station, StationBoard board, PackingDirectory directory, Packer packer,
    SimulatedPackerPace pace, BarcodeConventions conventions, TimeProvider clock, Random random)
{
    private readonly SimulatedScanner _scanner = station.Devices.Scanner as SimulatedScanner
        ?? throw new ArgumentException($"Station {station.StationId} has no simulated scanner.", nameof(station));
    private readonly SimulatedScale _scale = station.Devices.Scale as SimulatedScale
        ?? throw new ArgumentException($"Station {station.StationId} has no simulated scale.", nameof(station));

    public int OrdersPacked { get; private set; }

    /// <summary>Packs orders until cancelled, or until the queue is empty when <paramref name="stopWhenQueueEmpty"/>.</summary>
    public async Task RunAsync(bool stopWhenQueueEmpty, CancellationToken cancellationToken)
    {
        await RecoverAsync(cancellationToken);
        if (Current.State == SessionState.LoggedOut)
            await ScanAndWaitAsync(packer.Badge, s => s.State != SessionState.LoggedOut, cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            var answer = await ScanAndWaitAsync(conventions.CodeFor(PackCommand.Next),
                s => s.State != SessionState.Idle || s.LastFeedback?.Code is "queue-empty" or "order-unavailable", cancellationToken);
            if (answer.State == SessionState.Idle)
            {
                if (stopWhenQueueEmpty)
                    return;
                await PauseAsync(TimeSpan.FromSeconds(5), cancellationToken);
                continue;
            }

            await PackCurrentOrderAsync(answer, cancellationToken);
        }
    }

    /// <summary>Picks up where the station is after a restart or a lost step: cancel a half-done order, confirm a printed one.</summary>
    private async Task RecoverAsync(CancellationToken cancellationToken)
    {
        var current = Current;
        if (current.State == SessionState.Confirming && current.TrackingNumbers.Count > 0)
            await ScanAndWaitAsync(current.TrackingNumbers[^1], s => s.State != SessionState.Confirming, cancellationToken);
        else if (current.State is SessionState.Verifying or SessionState.Weighing)
            await ScanAndWaitAsync(conventions.CodeFor(PackCommand.Cancel), s => s.State is SessionState.Idle or SessionState.LoggedOut, cancellationToken);
        _scale.Clear();
    }

    private async Task PackCurrentOrderAsync(StationSnapshot snapshot, CancellationToken cancellationToken)
    {
        var catalogue = directory.Catalogue;
        if (Chance(pace.WrongItemRate) && catalogue.Products.FirstOrDefault(p => snapshot.Lines.All(l => l.Sku != p.Sku)) is { Barcodes.Count: > 0 } stranger)
            await ScanItemAsync(stranger.Barcodes[0].Code, cancellationToken);

        var shortAt = Chance(pace.ShortRate) ? random.Next(snapshot.Lines.Sum(l => l.Needed)) : -1;
        var scanned = 0;
        foreach (var line in snapshot.Lines)
        {
            var code = catalogue.FindProduct(line.Sku)?.Barcodes.FirstOrDefault(b => b.Multiplier == 1)?.Code ?? line.Sku;
            for (var unit = line.Scanned; unit < line.Needed; unit++, scanned++)
            {
                if (scanned == shortAt)
                {
                    await ScanAndWaitAsync(conventions.CodeFor(PackCommand.Short), s => s.State == SessionState.Idle, cancellationToken);
                    return;
                }

                await ScanItemAsync(code, cancellationToken);
            }

            if (Chance(pace.SurplusRate / Math.Max(1, snapshot.Lines.Count)))
                await ScanItemAsync(code, cancellationToken);
        }

        var weighing = await WaitAsync(s => s.State != SessionState.Verifying, cancellationToken);
        if (weighing.State == SessionState.Weighing)
            weighing = await WeighAsync(weighing, cancellationToken);
        if (weighing.State == SessionState.Confirming && weighing.TrackingNumbers.Count > 0)
        {
            await PauseAsync(cancellationToken);
            await ScanAndWaitAsync(weighing.TrackingNumbers[^1], s => s.State != SessionState.Confirming, cancellationToken);
        }

        await WaitAsync(s => s.State == SessionState.Idle, cancellationToken);
        _scale.Clear();
        OrdersPacked++;
    }

    private async Task<StationSnapshot> WeighAsync(StationSnapshot snapshot, CancellationToken cancellationToken)
    {
        var expected = snapshot.ExpectedGrams ?? 100m;
        await PauseAsync(cancellationToken);
        if (Chance(pace.WrongWeightRate))
        {
            // Forgot a skein: the scale catches it; the packer finds it and weighs again.
            var before = Current.Version;
            _scale.Place(Math.Max(1, expected * 0.6m));
            await WaitAsync(s => s.Version > before && s.LastFeedback?.Code == "weight-mismatch", cancellationToken);
            _scale.Clear();
            await PauseAsync(cancellationToken);
        }

        _scale.Place(Math.Round(expected + ((decimal)random.NextDouble() - 0.5m) * 4m, 1));
        return await WaitAsync(s => s.State != SessionState.Weighing, cancellationToken);
    }

    private async Task ScanItemAsync(string code, CancellationToken cancellationToken)
    {
        await PauseAsync(cancellationToken);
        var before = Current.Version;
        _scanner.Inject(code);
        await WaitAsync(s => s.Version > before, cancellationToken);
    }

    private async Task<StationSnapshot> ScanAndWaitAsync(string code, Func<StationSnapshot, bool> answered, CancellationToken cancellationToken)
    {
        await PauseAsync(cancellationToken);
        var before = Current.Version;
        _scanner.Inject(code);
        return await WaitAsync(s => s.Version > before && answered(s), cancellationToken);
    }

    private StationSnapshot Current => board.Get(station.StationId) ?? new StationSnapshot { StationId = station.StationId };

    private async Task<StationSnapshot> WaitAsync(Func<StationSnapshot, bool> condition, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(pace.AnswerTimeout);
        try
        {
            return await board.WaitForAsync(station.StationId, condition, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Station {station.StationId} did not answer within {pace.AnswerTimeout.TotalSeconds:0} s (it is {Current.StateText}: {Current.LastFeedback?.Message}).");
        }
    }

    private Task PauseAsync(CancellationToken cancellationToken) =>
        PauseAsync(pace.MinPause + (pace.MaxPause - pace.MinPause) * random.NextDouble(), cancellationToken);

    private async Task PauseAsync(TimeSpan pause, CancellationToken cancellationToken)
    {
        if (pause > TimeSpan.Zero)
            await Task.Delay(pause, clock, cancellationToken);
    }

    private bool Chance(double rate) => rate > 0 && random.NextDouble() < rate;
}
