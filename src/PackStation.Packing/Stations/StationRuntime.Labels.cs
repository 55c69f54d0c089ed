using PackStation.Domain.Orders;
using PackStation.Domain.Packing;
using PackStation.Domain.Packing.Actions;
using PackStation.Domain.Ports;
using PackStation.Packing.Printing;

namespace PackStation.Packing.Stations;

/// <summary>
/// Labels go through the station printer's durable <see cref="PrintQueue"/>. The tracking number is stored with the
/// order's progress first, then the label is queued as a job, so a crash can never lead to a second number (or a
/// second label) for the same parcel; the session moves on (<see cref="PackSession.LabelPrinted"/>) when the queue
/// reports the job done. While the printer reports a fault the queue holds the job and the screen shows why.
/// </summary>
public sealed partial class StationRuntime
{
    private readonly Dictionary<string, long> _labelJobs = new(StringComparer.Ordinal);
    private readonly HashSet<long> _reprintJobs = [];
    private PendingLabel? _pendingLabel;
    private string? _reportedHold;

    /// <summary>The label the session waits for: queued, not yet printed.</summary>
    private sealed record PendingLabel(string TrackingNumber, long JobId);

    /// <summary>The station printer's queue (jobs keyed <c>{station}/printer</c> in the store).</summary>
    public PrintQueue PrintQueue { get; }

    /// <summary>The print-queue key of a station's printer.</summary>
    public static string PrinterKeyOf(string stationId) => stationId + "/printer";

    /// <summary>Why queued labels are not printing ("paper-out" …), else the printer's health.</summary>
    private string PrinterHealthText => PrintQueue.State.HeldBy ?? Devices.Printer.Health.StatusText;

    /// <summary>The label the session waits for is held by a printer fault (the screen says "label waiting for the printer").</summary>
    private bool LabelHeld => _pendingLabel is not null && PrintQueue.State.IsHeld;

    private async Task PrintNewLabelAsync(PrintLabel print, CancellationToken cancellationToken)
    {
        var order = print.Order;
        var tracking = await _labeler.NewTrackingNumberAsync(order, print.Parcel, cancellationToken);
        var bytes = _labeler.Render(order, tracking, Devices.PrinterProfile);
        // Durable before the printer sees it: progress now carries the new number, then the job is queued.
        await _packing.CommitAsync(new PackCommit(StationId, [], print.Progress with { TrackingNumbers = [.. print.Progress.TrackingNumbers, tracking] }), cancellationToken);
        var job = await PrintQueue.EnqueueAsync(LabelJob(PrintJobKind.Label, order, tracking, bytes), cancellationToken);
        _labelJobs[tracking] = job.Id;
        _pendingLabel = new PendingLabel(tracking, job.Id);
        _reportedHold = null;
        await ReportHoldAsync(cancellationToken);
    }

    /// <summary>An explicit reprint: a new job with the same label (same tracking number).</summary>
    private async Task ReprintAsync(ReprintLabel reprint, CancellationToken cancellationToken)
    {
        var (order, tracking) = (reprint.Order, reprint.TrackingNumber);
        var job = LabelJob(PrintJobKind.Reprint, order, tracking, _labeler.Render(order, tracking, Devices.PrinterProfile)) with
        {
            ReprintOf = _labelJobs.TryGetValue(tracking, out var original) ? original : null,
        };
        var queued = await PrintQueue.EnqueueAsync(job, cancellationToken);
        _reprintJobs.Add(queued.Id);
        if (PrintQueue.State.HeldBy is { } fault)
            ShowError("printer-fault", $"Printer: {fault}. The label prints when the printer is ready.");
    }

    /// <summary>
    /// The printer may be ready again: let the queue look now rather than at its next poll. On the periodic tick only
    /// while the packer waits for a label; an idle station does not make its queue ask the store and the printer.
    /// </summary>
    private void WakePrintQueue(bool onTick)
    {
        if (!onTick || _pendingLabel is not null)
            PrintQueue.Wake();
    }

    /// <summary>The order left the station before its label printed: the queued label is withdrawn (not printed).</summary>
    private async Task CancelPendingLabelAsync(string reason, CancellationToken cancellationToken)
    {
        if (_pendingLabel is not { } label)
            return;
        _pendingLabel = null;
        if (!await PrintQueue.CancelAsync(label.JobId, "order withdrawn: " + reason, cancellationToken))
            LogLabelNotWithdrawn(StationId, label.TrackingNumber);
    }

    private async Task HandlePrintQueueAsync(PrintQueueChanged changed, CancellationToken cancellationToken)
    {
        var version = Interlocked.Read(ref _version);
        if (changed.Finished is { } job)
            await LabelFinishedAsync(job, cancellationToken);
        else
            await ReportHoldAsync(cancellationToken);

        // Most queue events (a batch's jobs going out, the queue falling idle) change nothing on the screen: a new
        // snapshot only when the printer line or the next action would read differently.
        if (Interlocked.Read(ref _version) == version && _board.Get(StationId) is { } shown
            && (shown.PrinterHealth != PrinterHealthText || shown.NextAction != NextAction() || shown.LabelWaiting != LabelHeld))
            Publish();
    }

    /// <summary>Tells the packer (once per fault) that the label waits for the printer, and records it.</summary>
    private async Task ReportHoldAsync(CancellationToken cancellationToken)
    {
        var fault = PrintQueue.State.HeldBy;
        if (fault is null || _pendingLabel is not { } label)
        {
            _reportedHold = fault;
            return;
        }

        if (fault == _reportedHold)
            return;
        _reportedHold = fault;
        LogLabelHeld(StationId, label.TrackingNumber, fault);
        if (Session.State == SessionState.Labelling)
            await CommitAsync(Session.PrintFailed(fault), null, cancellationToken);
        else
            ShowError("printer-fault", $"Printer: {fault}. The label prints when the printer is ready.");
    }

    private async Task LabelFinishedAsync(PrintJob job, CancellationToken cancellationToken)
    {
        if (_reprintJobs.Remove(job.Id))
        {
            Show(job.State == PrintJobState.Done
                ? Feedback.Ok("label-reprinted", $"Label {job.TrackingNumber} printed again.")
                : Feedback.Error("label-unconfirmed", $"Reprint of {job.TrackingNumber} {job.LastError}"));
            return;
        }

        if (_pendingLabel is not { } label || label.JobId != job.Id || Session.State != SessionState.Labelling || Session.Order is not { } order)
            return;

        // Failed means cut off too often or unconfirmed: the policy never re-sends it by itself, so the packer decides
        // (the label is on the parcel, or one REPRINT scan prints it again).
        _pendingLabel = null;
        _reportedHold = null;
        var step = Session.LabelPrinted(label.TrackingNumber);
        await PerformAsync(step, cancellationToken);
        if (job.State == PrintJobState.Failed)
            ShowError("label-unconfirmed", $"Label {label.TrackingNumber} may not have printed ({job.LastError}). Scan REPRINT if it is missing.");
    }

    private NewPrintJob LabelJob(PrintJobKind kind, Order order, string tracking, byte[] bytes) =>
        new(PrintQueue.PrinterKey, kind, bytes) { OrderId = order.Id, Station = StationId, TrackingNumber = tracking };
}
