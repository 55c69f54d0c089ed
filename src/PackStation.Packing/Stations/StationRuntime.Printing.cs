using Microsoft.Extensions.Logging;
using PackStation.Domain.Ports;
using PackStation.Hardware.Printers;
using PackStation.Packing.Printing;

namespace PackStation.Packing.Stations;

/// <summary>
/// Runs the station printer's queue beside the station: its state changes and finished jobs come back as inputs, so
/// the session hears of them in order with everything else.
/// </summary>
public sealed partial class StationRuntime
{
    private readonly IPrintJobStore _printJobs;

    private static PrintQueue NewPrintQueue(string stationId, IPrinter printer, IPrintJobStore store, TimeProvider clock, ILogger logger) =>
        new(PrinterKeyOf(stationId), printer, store, new PrintQueueOptions(), clock, logger);

    private async Task RunPrintQueueAsync(CancellationToken cancellationToken)
    {
        PrintQueue.StateChanged += (_, _) => _inputs.Writer.TryWrite(new PrintQueueChanged(null));
        PrintQueue.JobFinished += (_, job) => _inputs.Writer.TryWrite(new PrintQueueChanged(job));
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await PrintQueue.RunAsync(cancellationToken);
                return;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A store or printer error must not end printing for good: start over (jobs stay in the store).
                LogDeviceFailed(e, StationId, "print queue");
                await DelayQuietlyAsync(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Called once at start, before any input is handled. A crash between storing a label's tracking number and queueing its job leaves a number with no job: queue
    /// it now, so the label is printed once and the resumed session (which sees the number) does not print another.
    /// </summary>
    private async Task QueueMissingLabelsAsync(CancellationToken cancellationToken)
    {
        foreach (var claim in await _claims.GetClaimsAsync(StationId, cancellationToken))
        {
            var missing = claim.Progress.TrackingNumbers.Where(t => t != claim.Order.Waybill).ToList();
            if (missing.Count == 0)
                continue;
            var jobs = await _printJobs.ListForOrderAsync(claim.Order.Id, cancellationToken);
            foreach (var tracking in missing.Where(t => jobs.All(j => j.TrackingNumber != t)))
            {
                LogLabelRequeued(StationId, claim.Order.Id, tracking);
                await PrintQueue.EnqueueAsync(LabelJob(PrintJobKind.Label, claim.Order, tracking, _labeler.Render(claim.Order, tracking, Devices.PrinterProfile)), cancellationToken);
            }
        }
    }
}
