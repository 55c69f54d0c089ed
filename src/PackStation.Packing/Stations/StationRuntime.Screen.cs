using PackStation.Domain.Events;
using PackStation.Domain.Packing;
using PackStation.Domain.Ports;

namespace PackStation.Packing.Stations;

/// <summary>Device health, the periodic tick, and what the screen shows.</summary>
public sealed partial class StationRuntime
{
    private Feedback? _lastFeedback;

    private async Task HandleHealthAsync(DeviceHealthArrived arrived, CancellationToken cancellationToken)
    {
        LogHealth(StationId, arrived.Role, arrived.Health.StatusText);
        var changed = new PackEvent(_clock.GetUtcNow(), StationId, Session.Packer?.Id, null, PackEventKind.DeviceHealthChanged,
            arrived.Role, $"{arrived.Role}: {arrived.Health.StatusText}{(arrived.Health.Reason is { } r && r != arrived.Health.StatusText ? " (" + r + ")" : "")}");
        await _packing.CommitAsync(new PackCommit(StationId, [changed]), cancellationToken);
        if (arrived.Role == "printer" && arrived.Health.IsUsable)
            WakePrintQueue(onTick: false);
        Publish();
    }

    private async Task HandleTickAsync(CancellationToken cancellationToken)
    {
        await _claims.RenewClaimsAsync(StationId, _clock.GetUtcNow(), _options.ClaimLease, cancellationToken);
        await EndRevokedLoginAsync(null, cancellationToken);
        if (Session.Order is { } order)
        {
            var claims = await _claims.GetClaimsAsync(StationId, cancellationToken);
            if (claims.All(c => c.Order.Id != order.Id))
            {
                await WithdrawAsync($"order {order.Id} is no longer at this station (held or cancelled elsewhere)", cancellationToken);
                return;
            }
        }

        WakePrintQueue(onTick: true);
    }

    private void Show(Feedback feedback)
    {
        _lastFeedback = feedback;
        Publish();
    }

    private void ShowError(string code, string message) => Show(Feedback.Error(code, message));

    private void Publish()
    {
        var order = Session.Order;
        var expected = order is null ? null : Session.Options.WeightRule.ExpectedGrams(order.Lines);
        _board.Publish(new StationSnapshot
        {
            StationId = StationId,
            Version = Interlocked.Increment(ref _version),
            Language = _station.Language,
            State = Session.State,
            PackerId = Session.Packer?.Id,
            PackerName = Session.Packer?.Name,
            OrderId = order?.Id,
            Lines = order?.Lines.Select(l => new LineView(l.Sku, l.Title, l.Quantity, Math.Min(l.Quantity, Session.VerifiedUnits.GetValueOrDefault(l.Sku)))).ToList() ?? [],
            LastFeedback = _lastFeedback,
            NextAction = NextAction(),
            ExpectedGrams = expected,
            MeasuredGrams = _measuredGrams,
            TrackingNumbers = Session.TrackingNumbers.ToList(),
            ScannerHealth = Devices.Scanner.Health.StatusText,
            ScaleHealth = Devices.Scale.Health.StatusText,
            PrinterHealth = PrinterHealthText,
            LabelWaiting = LabelHeld,
            UpdatedAt = _clock.GetUtcNow(),
        });
    }

    private string NextAction() => (Session.State, Session.OverrideStage) switch
    {
        (_, OverrideStage.AwaitingSupervisor) => "supervisor-badge",
        (_, OverrideStage.AwaitingReason) => "reason-code",
        (SessionState.LoggedOut, _) => "scan-badge",
        (SessionState.Idle, _) => "scan-order",
        (SessionState.Verifying, _) => "scan-items",
        (SessionState.Weighing, _) => "weigh",
        (SessionState.Labelling, _) => LabelHeld ? "printer-fault" : "printing",
        (SessionState.Confirming, _) => "scan-label",
        _ => "wait",
    };
}
