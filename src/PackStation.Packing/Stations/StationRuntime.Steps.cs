using PackStation.Domain.Events;
using PackStation.Domain.Orders;
using PackStation.Domain.Packing;
using PackStation.Domain.Ports;
using PackStation.Domain.Scanning;
using PackStation.Domain.Shipping;
using PackStation.Hardware.Scales;
using PackStation.Hardware.Scanners;

namespace PackStation.Packing.Stations;

/// <summary>Scans and weights: classify, run the session, perform its action, commit, show.</summary>
public sealed partial class StationRuntime
{
    private Claim? _resumable;
    private bool _awaitingEmptyScale;
    private decimal? _lastJudgedGrams;
    private decimal? _measuredGrams;

    private async Task HandleScanAsync(Scan scan, CancellationToken cancellationToken)
    {
        if (!scan.Valid)
        {
            var refused = new PackEvent(_clock.GetUtcNow(), StationId, Session.Packer?.Id, Session.Order?.Id, PackEventKind.ScanRefused, scan.Data, scan.Error);
            await CommitAsync(new SessionStep(Feedback.Error("unreadable-scan", $"Unreadable scan: {scan.Error}"), [refused]), null, cancellationToken);
            RecordLatency(scan);
            return;
        }

        var input = _classifier.Classify(scan.Data, scan.Gtin);
        if (await EndRevokedLoginAsync(input is BadgeScan ? null : scan.Data, cancellationToken) && input is not BadgeScan)
        {
            RecordLatency(scan);
            return;
        }

        var orderBefore = Session.Order;
        var step = Session.Handle(input);
        await PerformAsync(step, orderBefore, cancellationToken);
        RecordLatency(scan);
    }

    /// <summary>Logs out a packer who was disabled or whose badge was re-issued, once no order is in hand.</summary>
    private async Task<bool> EndRevokedLoginAsync(string? scannedCode, CancellationToken cancellationToken)
    {
        if (Session.Packer is not { } packer || _directory.RevokedLoginReason(packer) is not { } reason
            || Session.EndLogin(reason, scannedCode) is not { } ended)
            return false;
        await CommitAsync(ended, null, cancellationToken);
        return true;
    }

    private async Task HandleWeightAsync(WeightReading reading, CancellationToken cancellationToken)
    {
        _measuredGrams = reading.Status == WeightStatus.Error ? null : reading.Grams;
        if (reading.Status is WeightStatus.Zero or WeightStatus.UnderZero || (reading.Status == WeightStatus.Ok && reading.Grams <= 0))
            _awaitingEmptyScale = false;
        if (!reading.Stable)
            _lastJudgedGrams = null;

        // The same load is judged once, and never for two parcels without the scale emptying in between.
        if (Session.State != SessionState.Weighing || !reading.IsParcelWeight || _awaitingEmptyScale || _lastJudgedGrams == reading.Grams)
        {
            Publish();
            return;
        }

        _lastJudgedGrams = reading.Grams;
        var orderBefore = Session.Order;
        var step = Session.Weigh(reading.Grams);
        if (step.Events.Any(e => e.Kind == PackEventKind.WeightAccepted))
            _awaitingEmptyScale = true;
        await PerformAsync(step, orderBefore, cancellationToken);
    }

    /// <summary>Carries out what the session asked for, committing every step before it is shown.</summary>
    private async Task PerformAsync(SessionStep step, Order? orderBefore, CancellationToken cancellationToken)
    {
        switch (step.Action)
        {
            case StepAction.ClaimScannedOrder:
                await StartOrderAsync(await _claims.ClaimAsync(step.OrderReference!, StationId, _clock.GetUtcNow(), _options.ClaimLease, cancellationToken), step.OrderReference!, cancellationToken);
                return;
            case StepAction.ClaimNextOrder:
                await StartOrderAsync(await _claims.ClaimNextAsync(StationId, _clock.GetUtcNow(), _options.ClaimLease, cancellationToken), "next", cancellationToken);
                return;
            case StepAction.CompleteOrder:
                await CommitAsync(step, new OrderTransition(orderBefore!.Id, StationId, OrderStatus.Packed), cancellationToken, Confirmation(orderBefore, step.Packed!));
                return;
            case StepAction.ReleaseOrder:
                await CommitAsync(step, new OrderTransition(orderBefore!.Id, StationId, OrderStatus.Ready), cancellationToken);
                return;
            case StepAction.HoldOrder:
                await CommitAsync(step, new OrderTransition(orderBefore!.Id, StationId, OrderStatus.Hold, step.Reason), cancellationToken);
                return;
            case StepAction.PrintLabel or StepAction.PrintNewParcel:
                await CommitAsync(step, null, cancellationToken);
                await PrintNewLabelAsync(cancellationToken);
                return;
            case StepAction.ReprintLabel:
                await CommitAsync(step, null, cancellationToken);
                await ReprintAsync(cancellationToken);
                return;
            default:
                await CommitAsync(step, null, cancellationToken);
                if (step.Events.Any(e => e.Kind == PackEventKind.LoggedIn) && _resumable is { } claim)
                    await ResumeAsync(claim, cancellationToken);
                return;
        }
    }

    private async Task StartOrderAsync(ClaimOutcome outcome, string via, CancellationToken cancellationToken)
    {
        if (outcome.Claim is not { } claim)
        {
            var step = outcome.Refusal == ClaimRefusal.QueueEmpty
                ? new SessionStep(Feedback.Info("queue-empty", "No orders are waiting."), [])
                : Session.StartRefused(via, outcome.Detail ?? outcome.Refusal.ToString());
            await CommitAsync(step, null, cancellationToken);
            return;
        }

        var resumed = claim.Progress.VerifiedUnits.Count > 0 || claim.Progress.TrackingNumbers.Count > 0;
        var order = _directory.Catalogue.WithUnitWeights(claim.Order);
        var started = Session.Start(order, resumed ? claim.Progress : null, via);
        await PerformAsync(started, order, cancellationToken);
    }

    private async Task ResumeAsync(Claim claim, CancellationToken cancellationToken)
    {
        _resumable = null;
        var order = _directory.Catalogue.WithUnitWeights(claim.Order);
        var step = Session.Start(order, claim.Progress, "resume after restart");
        await PerformAsync(step, order, cancellationToken);
    }

    private async Task LoadResumableClaimAsync(CancellationToken cancellationToken)
    {
        var claims = await _claims.GetClaimsAsync(StationId, cancellationToken);
        _resumable = claims.Count > 0 ? claims[0] : null;
        if (_resumable is { } claim)
            LogResumable(StationId, claim.Order.Id);
    }

    private async Task WithdrawAsync(string reason, CancellationToken cancellationToken)
    {
        LogWithdrawn(StationId, Session.Order?.Id, reason);
        await CancelPendingLabelAsync(reason, cancellationToken);
        var step = Session.OrderWithdrawn(reason);
        await _packing.CommitAsync(new PackCommit(StationId, step.Events), cancellationToken);
        Show(step.Feedback);
    }

    private ShipmentConfirmation Confirmation(Order order, PackedOrder packed) => new()
    {
        OrderId = order.Id,
        Shop = order.Shop,
        ExternalId = order.ExternalId,
        Carrier = packed.Carrier,
        TrackingNumbers = packed.TrackingNumbers,
        PackedAt = _clock.GetUtcNow(),
    };

    /// <summary>Stores the step (with the order's progress while one is open) and then shows its feedback.</summary>
    private async Task CommitAsync(SessionStep step, OrderTransition? transition, CancellationToken cancellationToken, ShipmentConfirmation? confirmation = null)
    {
        var progress = transition is null && Session.Order is not null ? Session.Progress : null;
        if (progress is not null && _pendingLabel is { } pending && !progress.TrackingNumbers.Contains(pending.TrackingNumber))
            progress = progress with { TrackingNumbers = [.. progress.TrackingNumbers, pending.TrackingNumber] };
        var commit = new PackCommit(StationId, step.Events, progress, transition, confirmation);
        if (!commit.IsEmpty)
            await _packing.CommitAsync(commit, cancellationToken);
        Show(step.Feedback);
    }

    private void RecordLatency(Scan scan) => _latency.Record(_clock.GetUtcNow() - scan.ReceivedAt);
}
