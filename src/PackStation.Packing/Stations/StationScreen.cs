using PackStation.Domain.Packing;

namespace PackStation.Packing.Stations;

/// <summary>
/// What the station's screen shows: one <see cref="StationSnapshot"/> of the session, the devices, the label and the
/// scale, published to the <see cref="StationBoard"/>. <see cref="StationLoop"/> shows a step's feedback only after
/// the step is stored.
/// </summary>
internal sealed class StationScreen(StationOptions station, PackSession session, StationDevices devices, StationLabels labels,
    StationWeightGate scale, StationBoard board, TimeProvider clock)
{
    private Feedback? _lastFeedback;
    private long _version;

    /// <summary>Grows by one per published snapshot.</summary>
    public long Version => Interlocked.Read(ref _version);

    public void Show(Feedback feedback)
    {
        _lastFeedback = feedback;
        Publish();
    }

    public void ShowError(string code, string message) => Show(Feedback.Error(code, message));

    public void Publish()
    {
        var order = session.Order;
        board.Publish(new StationSnapshot
        {
            StationId = station.Id,
            Version = Interlocked.Increment(ref _version),
            Language = station.Language,
            State = session.State,
            PackerId = session.Packer?.Id,
            PackerName = session.Packer?.Name,
            OrderId = order?.Id,
            Lines = order?.Lines.Select(l => new LineView(l.Sku, l.Title, l.Quantity,
                Math.Min(l.Quantity, session.VerifiedUnits.GetValueOrDefault(l.Sku)))).ToList() ?? [],
            LastFeedback = _lastFeedback,
            NextAction = NextAction(),
            ExpectedGrams = order is null ? null : session.Options.WeightRule.ExpectedGrams(order.Lines),
            MeasuredGrams = scale.MeasuredGrams,
            TrackingNumbers = session.TrackingNumbers.ToList(),
            ScannerHealth = devices.Scanner.Health.StatusText,
            ScaleHealth = devices.Scale.Health.StatusText,
            PrinterHealth = labels.PrinterHealthText,
            LabelWaiting = labels.IsHeld,
            UpdatedAt = clock.GetUtcNow(),
        });
    }

    /// <summary>
    /// A new snapshot only when the printer line, the next action or "label waiting" would read differently: most
    /// print-queue news (a batch's jobs going out, the queue falling idle) changes nothing on the screen.
    /// </summary>
    public void PublishIfChanged()
    {
        if (board.Get(station.Id) is { } shown
            && (shown.PrinterHealth != labels.PrinterHealthText || shown.NextAction != NextAction() || shown.LabelWaiting != labels.IsHeld))
            Publish();
    }

    private string NextAction() => (session.State, session.OverrideStage) switch
    {
        (_, OverrideStage.AwaitingSupervisor) => "supervisor-badge",
        (_, OverrideStage.AwaitingReason) => "reason-code",
        (SessionState.LoggedOut, _) => "scan-badge",
        (SessionState.Idle, _) => "scan-order",
        (SessionState.Verifying, _) => "scan-items",
        (SessionState.Weighing, _) => "weigh",
        (SessionState.Labelling, _) => labels.IsHeld ? "printer-fault" : "printing",
        (SessionState.Confirming, _) => "scan-label",
        _ => "wait",
    };
}
