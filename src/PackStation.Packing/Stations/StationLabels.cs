using Microsoft.Extensions.Logging;
using PackStation.Domain.Orders;
using PackStation.Domain.Packing.Actions;
using PackStation.Domain.Ports;
using PackStation.Packing.Labelling;
using PackStation.Packing.Printing;

namespace PackStation.Packing.Stations;

/// <summary>
/// The station's labels, through its printer's durable <see cref="PrintQueue"/>. A new label's tracking number is
/// stored with the order's progress first, then its job is queued, so a crash never leads to a second number (or a
/// second label) for one parcel. It keeps the label the session waits for and says what the queue's news means for
/// it (<see cref="Hear"/>); it never calls the session — <see cref="StationLoop"/> does. A job's end is news that
/// arrives later, whenever the printer (or a print component) reports it, not the return of a send.
/// </summary>
internal sealed class StationLabels(string stationId, PrintQueue queue, StationDevices devices, IPrintJobStore jobs,
    IPackingStore packing, IParcelLabeler labeler, ILogger logger)
{
    private readonly HashSet<long> _reprints = [];
    private PendingLabel? _pending;
    private string? _reportedHold;

    /// <summary>The label the session waits for: its number is stored, its job queued, not yet printed.</summary>
    private sealed record PendingLabel(string TrackingNumber, long JobId);

    /// <summary>The number of the label the session waits for; stored with every step until the session has it.</summary>
    public string? PendingTrackingNumber => _pending?.TrackingNumber;

    /// <summary>The label the session waits for is held by a printer fault ("label waiting for the printer").</summary>
    public bool IsHeld => _pending is not null && queue.State.IsHeld;

    /// <summary>Why queued labels are not printing ("paper-out" …), else the printer's health.</summary>
    public string PrinterHealthText => queue.State.HeldBy ?? devices.Printer.Health.StatusText;

    /// <summary>
    /// Called once at start. A crash between storing a label's tracking number and queueing its job leaves a number
    /// with no job: queue it now, so the label is printed once and the resumed session (which has the number) does not
    /// print another.
    /// </summary>
    public async Task QueueMissingAsync(IReadOnlyList<Claim> claims, CancellationToken cancellationToken)
    {
        foreach (var claim in claims)
        {
            var missing = claim.Progress.TrackingNumbers.Where(t => t != claim.Order.Waybill).ToList();
            if (missing.Count == 0)
                continue;
            var queued = await jobs.ListForOrderAsync(claim.Order.Id, cancellationToken);
            foreach (var tracking in missing.Where(t => queued.All(j => j.TrackingNumber != t)))
            {
                logger.LabelRequeued(stationId, claim.Order.Id, tracking);
                await queue.EnqueueAsync(Job(PrintJobKind.Label, claim.Order, tracking), cancellationToken);
            }
        }
    }

    /// <summary>Prints the next parcel's label; returns the printer fault that holds it, if any.</summary>
    public async Task<LabelHeld?> PrintAsync(PrintLabel print, CancellationToken cancellationToken)
    {
        var tracking = await labeler.NewTrackingNumberAsync(print.Order, print.Parcel, cancellationToken);
        var job = Job(PrintJobKind.Label, print.Order, tracking);
        // Durable before the printer sees it: the progress carries the new number, then the job is queued.
        var progress = print.Progress with { TrackingNumbers = [.. print.Progress.TrackingNumbers, tracking] };
        await packing.CommitAsync(new PackCommit(stationId, [], progress), cancellationToken);
        var queued = await queue.EnqueueAsync(job, cancellationToken);
        _pending = new PendingLabel(tracking, queued.Id);
        _reportedHold = null;
        return HoldNews();
    }

    /// <summary>An explicit reprint: a new job with the same label; returns the printer fault that holds it, if any.</summary>
    public async Task<LabelHeld?> ReprintAsync(ReprintLabel reprint, CancellationToken cancellationToken)
    {
        var original = (await jobs.ListForOrderAsync(reprint.Order.Id, cancellationToken))
            .FirstOrDefault(j => j.Kind == PrintJobKind.Label && j.TrackingNumber == reprint.TrackingNumber);
        var job = Job(PrintJobKind.Reprint, reprint.Order, reprint.TrackingNumber) with { ReprintOf = original?.Id };
        var queued = await queue.EnqueueAsync(job, cancellationToken);
        _reprints.Add(queued.Id);
        return queue.State.HeldBy is { } fault ? new LabelHeld(fault) : null;
    }

    /// <summary>What the queue's news means here: a label or reprint finished, a fault holds the label, or nothing.</summary>
    public LabelNews? Hear(PrintQueueChanged changed)
    {
        if (changed.Finished is not { } job)
            return HoldNews();
        if (_reprints.Remove(job.Id))
            return new ReprintFinished(job);
        return _pending is { } label && label.JobId == job.Id ? new LabelFinished(label.TrackingNumber, job) : null;
    }

    /// <summary>The session has taken the finished label (its step is stored): nothing is awaited any more.</summary>
    public void Taken()
    {
        _pending = null;
        _reportedHold = null;
    }

    /// <summary>The order left the station before its label printed: the queued label is withdrawn (not printed).</summary>
    public async Task WithdrawAsync(string reason, CancellationToken cancellationToken)
    {
        if (_pending is not { } label)
            return;
        _pending = null;
        if (!await queue.CancelAsync(label.JobId, "order withdrawn: " + reason, cancellationToken))
            logger.LabelNotWithdrawn(stationId, label.TrackingNumber);
    }

    /// <summary>
    /// The printer may be ready again: let the queue look now rather than at its next poll. On the periodic tick only
    /// while a label is awaited; an idle station does not make its queue ask the store and the printer.
    /// </summary>
    public void Wake(bool onTick)
    {
        if (!onTick || _pending is not null)
            queue.Wake();
    }

    /// <summary>A fault that holds the awaited label, told once per fault (and logged).</summary>
    private LabelHeld? HoldNews()
    {
        var fault = queue.State.HeldBy;
        if (fault is null || _pending is not { } label)
        {
            _reportedHold = fault;
            return null;
        }

        if (fault == _reportedHold)
            return null;
        _reportedHold = fault;
        logger.LabelHeld(stationId, label.TrackingNumber, fault);
        return new LabelHeld(fault);
    }

    private NewPrintJob Job(PrintJobKind kind, Order order, string tracking) =>
        new(queue.PrinterKey, kind, labeler.Render(order, tracking, devices.PrinterProfile))
        {
            OrderId = order.Id, Station = stationId, TrackingNumber = tracking,
        };
}
