using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using PackStation.Domain.Events;
using PackStation.Domain.Orders;
using PackStation.Domain.Packing;
using PackStation.Domain.Packing.Actions;
using PackStation.Domain.Ports;
using PackStation.Domain.Scanning;
using PackStation.Domain.Shipping;
using PackStation.Hardware.Scales;
using PackStation.Hardware.Scanners;
using PackStation.Packing.Directory;

namespace PackStation.Packing.Stations;

/// <summary>
/// The station's step loop. It takes the inputs one at a time in arrival order; for each it runs the session, performs
/// the step's action, stores the step, and only then shows it. One scan, top to bottom: <see cref="RunAsync"/> →
/// <see cref="HandleScanAsync"/> → <see cref="PackSession.Handle"/> → <see cref="RunStepsAsync"/> →
/// <see cref="PerformAsync"/> (the action: claim, print, store as packed …) → <see cref="CommitAsync"/> → the screen.
/// What a packer has seen acknowledged survives a crash; a failed store or device call shows and the packer scans again.
/// </summary>
internal sealed class StationLoop(string stationId, PackSession session, ScanClassifier classifier, PackingDirectory directory, StationClaims claims,
    IPackingStore packing, StationLabels labels, StationWeightGate scale, StationScreen screen, LatencyRecorder latency,
    TimeProvider clock, ILogger logger)
{
    /// <summary>Before the first input: the claims a restart left, and labels whose job a crash never queued.</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken) =>
        await labels.QueueMissingAsync(await claims.LoadAsync(cancellationToken), cancellationToken);

    public async Task RunAsync(ChannelReader<StationInput> inputs, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var input in inputs.ReadAllAsync(cancellationToken))
                await HandleSafelyAsync(input, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
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
            logger.InputFailed(e, stationId, input.GetType().Name);
            screen.ShowError("station-error", "Not saved, scan again: " + e.Message);
        }
    }

    private Task HandleAsync(StationInput input, CancellationToken cancellationToken) => input switch
    {
        ScanArrived scan => HandleScanAsync(scan.Scan, cancellationToken),
        WeightArrived weight => HandleWeightAsync(weight.Reading, cancellationToken),
        PrintQueueChanged changed => HandlePrintQueueAsync(changed, cancellationToken),
        DeviceHealthArrived health => HandleHealthAsync(health, cancellationToken),
        Tick => HandleTickAsync(cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task HandleScanAsync(Scan scan, CancellationToken cancellationToken)
    {
        var step = scan.Valid ? await ScanStepAsync(scan, cancellationToken) : Unreadable(scan);
        if (step is not null)
            await RunStepsAsync(step, cancellationToken);
        latency.Record(clock.GetUtcNow() - scan.ReceivedAt);
    }

    /// <summary>
    /// The session's step for a scan. A login that no longer holds (the packer was disabled or re-badged) is ended
    /// first, and the scan that found it out is refused with it; a badge scan then logs in as usual.
    /// </summary>
    private async Task<SessionStep?> ScanStepAsync(Scan scan, CancellationToken cancellationToken)
    {
        var input = classifier.Classify(scan.Data, scan.Gtin);
        var badge = input is BadgeScan;
        return await EndRevokedLoginAsync(badge ? null : scan.Data, cancellationToken) && !badge ? null : session.Handle(input);
    }

    /// <summary>Logs out a packer who was disabled or whose badge was re-issued, once no order is in hand.</summary>
    private async Task<bool> EndRevokedLoginAsync(string? scannedCode, CancellationToken cancellationToken)
    {
        if (session.Packer is not { } packer || directory.RevokedLoginReason(packer) is not { } reason
            || session.EndLogin(reason, scannedCode) is not { } ended)
            return false;
        await CommitAsync(ended, cancellationToken);
        return true;
    }

    private async Task HandleWeightAsync(WeightReading reading, CancellationToken cancellationToken)
    {
        if (scale.Offer(reading, session.State == SessionState.Weighing) is not { } grams)
        {
            screen.Publish();
            return;
        }

        var step = session.Weigh(grams);
        if (!step.Events.Any(e => e.Kind == PackEventKind.WeightAccepted))
            scale.NotTaken();
        await RunStepsAsync(step, cancellationToken);
    }

    /// <summary>Runs a step and the steps its action leads to (a claimed order starts), each stored before it is shown.</summary>
    private async Task RunStepsAsync(SessionStep step, CancellationToken cancellationToken)
    {
        for (SessionStep? next = step; next is not null;)
            next = await PerformAsync(next, cancellationToken);
    }

    /// <summary>Carries out the step's action and stores the step; returns the session's next step, if the action led to one.</summary>
    private async Task<SessionStep?> PerformAsync(SessionStep step, CancellationToken cancellationToken)
    {
        switch (step.Action)
        {
            case ClaimScannedOrder scanned:
                return Start(await claims.ClaimAsync(scanned.Reference, cancellationToken), scanned.Reference);
            case ClaimNextOrder:
                return Start(await claims.ClaimNextAsync(cancellationToken), "next");
            case CompleteOrder complete:
                await CommitAsync(step, cancellationToken, new OrderTransition(complete.Order.Id, stationId, OrderStatus.Packed), Confirmation(complete));
                return null;
            case ReleaseOrder release:
                await CommitAsync(step, cancellationToken, new OrderTransition(release.OrderId, stationId, OrderStatus.Ready));
                return null;
            case HoldOrder hold:
                await CommitAsync(step, cancellationToken, new OrderTransition(hold.OrderId, stationId, OrderStatus.Hold, hold.Reason));
                return null;
            case PrintLabel print:
                await CommitAsync(step, cancellationToken);
                return await labels.PrintAsync(print, cancellationToken) is { } held ? session.PrintFailed(held.Fault) : null;
            case ReprintLabel reprint:
                await CommitAsync(step, cancellationToken);
                if (await labels.ReprintAsync(reprint, cancellationToken) is { } waiting)
                    ShowPrinterFault(waiting.Fault);
                return null;
            default:
                await CommitAsync(step, cancellationToken);
                return step.Events.Any(e => e.Kind == PackEventKind.LoggedIn) && claims.TakeResumable() is { } claim
                    ? session.Start(claim.Order, claim.Progress, "resume after restart")
                    : null;
        }
    }

    /// <summary>The session's step for a claim: the order starts (or resumes), or the packer hears why not.</summary>
    private SessionStep Start(ClaimOutcome outcome, string via)
    {
        if (outcome.Claim is not { } claim)
        {
            return outcome.Refusal == ClaimRefusal.QueueEmpty
                ? new SessionStep(Feedback.Info("queue-empty", "No orders are waiting."), [])
                : session.StartRefused(via, outcome.Detail ?? outcome.Refusal.ToString());
        }

        var resumed = claim.Progress.VerifiedUnits.Count > 0 || claim.Progress.TrackingNumbers.Count > 0;
        return session.Start(claim.Order, resumed ? claim.Progress : null, via);
    }

    /// <summary>Stores the step (with the open order's progress while there is one), then shows its feedback.</summary>
    private async Task CommitAsync(SessionStep step, CancellationToken cancellationToken,
        OrderTransition? transition = null, ShipmentConfirmation? confirmation = null)
    {
        var commit = new PackCommit(stationId, step.Events, transition is null ? Progress() : null, transition, confirmation);
        if (!commit.IsEmpty)
            await packing.CommitAsync(commit, cancellationToken);
        screen.Show(step.Feedback);
    }

    /// <summary>The open order's progress, with the number of a label not yet printed (the session learns it when printed).</summary>
    private OrderProgress? Progress()
    {
        if (session.Order is null)
            return null;
        var progress = session.Progress;
        return labels.PendingTrackingNumber is { } pending && !progress.TrackingNumbers.Contains(pending)
            ? progress with { TrackingNumbers = [.. progress.TrackingNumbers, pending] }
            : progress;
    }

    private async Task HandlePrintQueueAsync(PrintQueueChanged changed, CancellationToken cancellationToken)
    {
        var shown = screen.Version;
        switch (labels.Hear(changed))
        {
            case LabelFinished finished when session.State == SessionState.Labelling:
                // Failed means cut off too often or unconfirmed: never re-sent by itself, so the packer decides (the
                // label is on the parcel, or one REPRINT scan prints it again).
                await RunStepsAsync(session.LabelPrinted(finished.TrackingNumber), cancellationToken);
                labels.Taken();
                if (finished.Job.State == PrintJobState.Failed)
                {
                    screen.ShowError("label-unconfirmed",
                        $"Label {finished.TrackingNumber} may not have printed ({finished.Job.LastError}). Scan REPRINT if it is missing.");
                }

                break;
            case ReprintFinished { Job: var job }:
                screen.Show(job.State == PrintJobState.Done
                    ? Feedback.Ok("label-reprinted", $"Label {job.TrackingNumber} printed again.")
                    : Feedback.Error("label-unconfirmed", $"Reprint of {job.TrackingNumber} {job.LastError}"));
                break;
            case LabelHeld held when session.State == SessionState.Labelling:
                await RunStepsAsync(session.PrintFailed(held.Fault), cancellationToken);
                break;
            case LabelHeld held:
                ShowPrinterFault(held.Fault);
                break;
        }

        if (screen.Version == shown)
            screen.PublishIfChanged();
    }

    private void ShowPrinterFault(string fault) =>
        screen.ShowError("printer-fault", $"Printer: {fault}. The label prints when the printer is ready.");

    private async Task HandleHealthAsync(DeviceHealthArrived arrived, CancellationToken cancellationToken)
    {
        var (role, health) = (arrived.Role, arrived.Health);
        logger.Health(stationId, role, health.StatusText);
        var reason = health.Reason is { } r && r != health.StatusText ? " (" + r + ")" : "";
        var changed = new PackEvent(clock.GetUtcNow(), stationId, session.Packer?.Id, null, PackEventKind.DeviceHealthChanged,
            role, $"{role}: {health.StatusText}{reason}");
        await packing.CommitAsync(new PackCommit(stationId, [changed]), cancellationToken);
        if (role == "printer" && health.IsUsable)
            labels.Wake(onTick: false);
        screen.Publish();
    }

    private async Task HandleTickAsync(CancellationToken cancellationToken)
    {
        await claims.RenewAsync(cancellationToken);
        await EndRevokedLoginAsync(null, cancellationToken);
        if (session.Order is { } order && !await claims.HoldsAsync(order.Id, cancellationToken))
        {
            await WithdrawAsync($"order {order.Id} is no longer at this station (held or cancelled elsewhere)", cancellationToken);
            return;
        }

        labels.Wake(onTick: true);
    }

    /// <summary>The order was taken away (cancelled by the shop, held elsewhere, claim lost): its label too.</summary>
    private async Task WithdrawAsync(string reason, CancellationToken cancellationToken)
    {
        logger.Withdrawn(stationId, session.Order?.Id, reason);
        await labels.WithdrawAsync(reason, cancellationToken);
        await RunStepsAsync(session.OrderWithdrawn(reason), cancellationToken);
    }

    private SessionStep Unreadable(Scan scan) => new(Feedback.Error("unreadable-scan", $"Unreadable scan: {scan.Error}"),
        [new PackEvent(clock.GetUtcNow(), stationId, session.Packer?.Id, session.Order?.Id, PackEventKind.ScanRefused, scan.Data, scan.Error)]);

    private ShipmentConfirmation Confirmation(CompleteOrder complete) => new()
    {
        OrderId = complete.Order.Id,
        Shop = complete.Order.Shop,
        ExternalId = complete.Order.ExternalId,
        Carrier = complete.Packed.Carrier,
        TrackingNumbers = complete.Packed.TrackingNumbers,
        PackedAt = clock.GetUtcNow(),
    };
}
