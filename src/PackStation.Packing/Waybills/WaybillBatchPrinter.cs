using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PackStation.Domain.Orders;
using PackStation.Domain.Packing;
using PackStation.Domain.Ports;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Printers;
using PackStation.Labels;
using PackStation.Packing.Printing.Component;

namespace PackStation.Packing.Waybills;

/// <summary>
/// Prints e-waybills before picking: takes the next N ready orders without a waybill (earliest ship-by first),
/// allocates their tracking numbers from the configured source in one go (a carrier API takes several per call),
/// stores waybill, parcel and print job together, and
/// queues the jobs on the named printer in that order. Stations then start such an order by its waybill and do not
/// print another label (<see cref="LabelTiming.PrintedBeforePicking"/>).
/// </summary>
public sealed class WaybillBatchPrinter(
    IWaybillStore store,
    ITrackingNumberSource numbers,
    ILabelRenderer renderer,
    WaybillPrinters printers,
    IOptions<WaybillOptions> options,
    IOptions<PackingOptions> packing,
    IOptions<SiteOptions> site,
    TimeProvider clock,
    ILogger<WaybillBatchPrinter> logger)
{
    private readonly SenderAddress _sender = site.Value.Sender;

    /// <summary>
    /// Why this site cannot print batches at all (the way its stations label, no printer), or null when it can. The
    /// dashboard shows it instead of a button that can only be refused.
    /// </summary>
    public string? UnavailableReason()
    {
        if (packing.Value.LabelTiming != LabelTiming.PrintedBeforePicking)
        {
            return "This site's stations print each label after the items are verified (Packing:LabelTiming=AfterVerification), so a "
                + "waybill printed before picking would be a second label. Batch waybills are for sites that print before picking: "
                + "set Packing:LabelTiming=PrintedBeforePicking.";
        }

        try
        {
            printers.Resolve(options.Value.Printer);
            return null;
        }
        catch (WaybillBatchException e)
        {
            return e.Message;
        }
    }

    public async Task<WaybillBatch> PrintAsync(int count, string? printer, string? template, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (packing.Value.LabelTiming != LabelTiming.PrintedBeforePicking)
            throw new WaybillBatchException(UnavailableReason()!);
        if (count < 1 || count > settings.MaxBatch)
            throw new WaybillBatchException($"A batch prints 1 to {settings.MaxBatch} waybills (Waybills:MaxBatch), not {count}.");
        var templateName = string.IsNullOrWhiteSpace(template) ? settings.Template : template;
        if (!LabelTemplates.TryParse(templateName, out var layout))
            throw new WaybillBatchException($"Unknown template \"{templateName}\": use one of {string.Join(", ", LabelTemplates.Names)}.");
        var target = printers.Resolve(string.IsNullOrWhiteSpace(printer) ? settings.Printer : printer);

        var batchId = Guid.NewGuid().ToString("N");
        var now = clock.GetUtcNow();
        var orders = await store.ReserveForWaybillsAsync(batchId, target.Key, count, now, now - settings.ReservationTimeout, cancellationToken);
        var printed = new List<PrintedWaybill>(orders.Count);
        var problems = new List<string>();
        var allocations = await numbers.AllocateManyAsync(orders.Select(o => new ParcelRequest(o.Carrier ?? "", o.Id, 1)).ToList(), cancellationToken);
        for (var i = 0; i < orders.Count; i++)
        {
            var order = orders[i];
            try
            {
                if (allocations[i].Number is not { } tracking)
                    await SkipAsync(batchId, order, allocations[i].Refusal?.Message ?? "no tracking number", problems);
                else if (await PrintOneAsync(batchId, order, tracking, target, layout, cancellationToken) is { } waybill)
                    printed.Add(waybill);
                else
                    Skip(batchId, order, "a station took it meanwhile", problems);
            }
            catch (LabelRenderException e)
            {
                await SkipAsync(batchId, order, "label: " + e.Message, problems);
            }
        }

        logger.BatchQueued(batchId, printed.Count, target.Key, problems.Count);
        return new WaybillBatch(batchId, target.Key, printed, problems);
    }

    private async Task<PrintedWaybill?> PrintOneAsync(string batchId, Order order, string tracking, WaybillPrinter target, LabelTemplate layout, CancellationToken cancellationToken)
    {
        var bytes = target.Profile.Printer?.Language == PrinterLanguage.Component
            ? ComponentCustomArea.Build(order, tracking)
            : renderer.Render(new LabelRequest
            {
                Order = order,
                TrackingNumber = tracking,
                Carrier = order.Carrier,
                Sender = _sender,
                Printer = target.Profile.Printer ?? new PrinterSettings(),
                Template = layout,
            }).Bytes;
        var job = new NewPrintJob(target.Key, PrintJobKind.Label, bytes) { OrderId = order.Id, Station = target.StationId, TrackingNumber = tracking };
        var queued = await store.RecordWaybillAsync(batchId, order.Id, tracking, job, clock.GetUtcNow(), cancellationToken);
        return queued is null ? null : new PrintedWaybill(order.Id, tracking, queued.Id, order.ShipBy);
    }

    private async Task SkipAsync(string batchId, Order order, string reason, List<string> problems)
    {
        await store.ReleaseWaybillReservationAsync(batchId, order.Id, CancellationToken.None);
        Skip(batchId, order, reason, problems);
    }

    private void Skip(string batchId, Order order, string reason, List<string> problems)
    {
        logger.Skipped(batchId, order.Id, reason);
        problems.Add($"{order.Id}: {reason}");
    }
}
