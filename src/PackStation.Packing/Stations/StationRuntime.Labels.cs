using PackStation.Domain.Orders;
using PackStation.Domain.Packing;
using PackStation.Hardware.Devices;

namespace PackStation.Packing.Stations;

/// <summary>
/// Labels: a tracking number is stored with the order's progress before the label is sent, so a crash can never
/// lead to a second number (or a second label) for the same parcel; a label the printer cannot take now waits and is
/// sent once the printer reports ready again.
/// </summary>
public sealed partial class StationRuntime
{
    private PendingLabel? _pendingLabel;
    private Order? _lastPackedOrder;

    private sealed record PendingLabel(string TrackingNumber, byte[] Bytes, bool IsReprint);

    private async Task PrintNewLabelAsync(CancellationToken cancellationToken)
    {
        var order = Session.Order ?? throw new InvalidOperationException("No order to label.");
        var tracking = await _labeler.NewTrackingNumberAsync(order, Session.TrackingNumbers.Count + 1, cancellationToken);
        _pendingLabel = new PendingLabel(tracking, _labeler.Render(order, tracking, Devices.PrinterProfile), IsReprint: false);
        // Durable before the printer sees it: progress now carries the new number.
        await _packing.CommitAsync(new Domain.Ports.PackCommit(StationId, [], Session.Progress with { TrackingNumbers = [.. Session.Progress.TrackingNumbers, tracking] }), cancellationToken);
        await SendPendingLabelAsync(cancellationToken);
    }

    private async Task ReprintAsync(CancellationToken cancellationToken)
    {
        if (Session.Order is { } order && Session.TrackingNumbers.Count > 0)
            _pendingLabel = new PendingLabel(Session.TrackingNumbers[^1], _labeler.Render(order, Session.TrackingNumbers[^1], Devices.PrinterProfile), IsReprint: true);
        else if (Session.LastPacked is { } packed && _lastPackedOrder is { } lastOrder && lastOrder.Id == packed.OrderId)
            _pendingLabel = new PendingLabel(packed.TrackingNumbers[^1], _labeler.Render(lastOrder, packed.TrackingNumbers[^1], Devices.PrinterProfile), IsReprint: true);
        else
            return;
        await SendPendingLabelAsync(cancellationToken);
    }

    /// <summary>Sends the waiting label if the printer reports ready; otherwise shows why and keeps it for the next try.</summary>
    private async Task SendPendingLabelAsync(CancellationToken cancellationToken)
    {
        if (_pendingLabel is not { } label)
            return;
        string? fault;
        try
        {
            var status = await Devices.Printer.QueryStatusAsync(cancellationToken);
            fault = status.Ready ? null : status.Fault ?? "not ready";
            if (fault is null)
                await Devices.Printer.SendAsync(label.Bytes, cancellationToken);
        }
        catch (DeviceException e)
        {
            fault = e.Message;
        }

        if (fault is not null)
        {
            LogLabelHeld(StationId, label.TrackingNumber, fault);
            if (!label.IsReprint && Session.State == SessionState.Labelling)
                await CommitAsync(Session.PrintFailed(fault), null, cancellationToken);
            else
                ShowError("printer-fault", $"Printer: {fault}. The label prints when the printer is ready.");
            return;
        }

        _pendingLabel = null;
        if (label.IsReprint)
        {
            Show(Feedback.Ok("label-reprinted", $"Label {label.TrackingNumber} printed again."));
            return;
        }

        var order = Session.Order!;
        var step = Session.LabelPrinted(label.TrackingNumber);
        if (step.Action == StepAction.CompleteOrder)
            _lastPackedOrder = order;
        await PerformAsync(step, order, cancellationToken);
    }

}
