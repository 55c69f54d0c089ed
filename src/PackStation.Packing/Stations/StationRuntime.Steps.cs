using PackStation.Domain.Events;
using PackStation.Domain.Orders;
using PackStation.Domain.Packing;
using PackStation.Domain.Packing.Actions;
using PackStation.Domain.Ports;
using PackStation.Domain.Shipping;
using PackStation.Hardware.Scales;
using PackStation.Hardware.Scanners;

namespace PackStation.Packing.Stations;

/// <summary>Scans and weights: classify, run the session, perform its action, commit, show.</summary>
public sealed partial class StationRuntime
{
    private Claim? _resumable;

    private async Task HandleScanAsync(Scan scan, CancellationToken cancellationToken)
    {
        if (!scan.Valid)
        {
            var refused = new PackEvent(_clock.GetUtcNow(), StationId, Session.Packer?.Id, Session.Order?.Id, PackEventKind.ScanRefused, scan.Data, scan.Error);
            await CommitAsync(new SessionStep(Feedback.Error("unreadable-scan", $"Unreadable scan: {scan.Error}"), [refused]), null, cancellationToken);
            RecordLatency(scan);
            return;
        }

        var step = Session.Handle(_classifier.Classify(scan.Data, scan.Gtin));
        await PerformAsync(step, cancellationToken);
        RecordLatency(scan);
    }

    private async Task HandleWeightAsync(WeightReading reading, CancellationToken cancellationToken)
    {
        if (_weightGate.Offer(reading, Session.State == SessionState.Weighing) is not { } grams)
        {
            Publish();
            return;
        }

        var step = Session.Weigh(grams);
        if (!step.Events.Any(e => e.Kind == PackEventKind.WeightAccepted))
            _weightGate.NotTaken();
        await PerformAsync(step, cancellationToken);
    }

    /// <summary>Carries out what the session asked for, committing every step before it is shown.</summary>
    private async Task PerformAsync(SessionStep step, CancellationToken cancellationToken)
    {
        switch (step.Action)
        {
            case ClaimScannedOrder scanned:
                await StartOrderAsync(await _claims.ClaimAsync(scanned.Reference, StationId, _clock.GetUtcNow(), _options.ClaimLease, cancellationToken), scanned.Reference, cancellationToken);
                return;
            case ClaimNextOrder:
                await StartOrderAsync(await _claims.ClaimNextAsync(StationId, _clock.GetUtcNow(), _options.ClaimLease, cancellationToken), "next", cancellationToken);
                return;
            case CompleteOrder complete:
                await CommitAsync(step, new OrderTransition(complete.Order.Id, StationId, OrderStatus.Packed), cancellationToken, Confirmation(complete.Order, complete.Packed));
                return;
            case ReleaseOrder release:
                await CommitAsync(step, new OrderTransition(release.OrderId, StationId, OrderStatus.Ready), cancellationToken);
                return;
            case HoldOrder hold:
                await CommitAsync(step, new OrderTransition(hold.OrderId, StationId, OrderStatus.Hold, hold.Reason), cancellationToken);
                return;
            case PrintLabel print:
                await CommitAsync(step, null, cancellationToken);
                await PrintNewLabelAsync(print, cancellationToken);
                return;
            case ReprintLabel reprint:
                await CommitAsync(step, null, cancellationToken);
                await ReprintAsync(reprint, cancellationToken);
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
        await PerformAsync(started, cancellationToken);
    }

    private async Task ResumeAsync(Claim claim, CancellationToken cancellationToken)
    {
        _resumable = null;
        var order = _directory.Catalogue.WithUnitWeights(claim.Order);
        var step = Session.Start(order, claim.Progress, "resume after restart");
        await PerformAsync(step, cancellationToken);
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
