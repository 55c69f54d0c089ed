using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PackStation.Domain.Catalogue;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.Shops.Connectors;

namespace PackStation.Shops.Sync;

/// <summary>
/// Pulls a shop's changed orders into the store: from the stored cursor minus an overlap, page by page, each page
/// upserted in one transaction (newer wins; cancellations hold orders even mid-pack — the store does that), the
/// cursor advanced only to what the connector says is safe. Also refreshes the catalogue (first, when due) and
/// reconciles open orders on their own intervals. A line the shop sent without a unit weight (Taobao trades, many
/// order files) takes the catalogue's, so the station can check the parcel's weight. A failure stops the run with a
/// clear message; what was stored stays.
/// </summary>
public sealed partial class OrderSyncEngine(
    IShopConnector connector,
    IOrderStore orders,
    ICatalogueStore catalogue,
    ISyncStateStore state,
    ISyncLease lease,
    IOptions<SyncOptions> options,
    TimeProvider time,
    ILogger<OrderSyncEngine> logger)
{
    public const string OrdersCursor = "orders";
    public const string CatalogueCursor = "catalogue";
    public const string ReconcileCursor = "reconciled";

    /// <summary>When the last run finished without error (the sync-lag metric reads it).</summary>
    public const string SucceededCursor = "succeeded";

    /// <summary>When the last run ended, well or not, and its error ("" when none): the dashboard shows them.</summary>
    public const string LastRunCursor = "last-run";

    public const string LastErrorCursor = "last-error";

    public string Shop => connector.Shop;

    /// <summary>
    /// One sync run. With <paramref name="everything"/> (the CLI's <c>--once</c>) the catalogue and the
    /// reconciliation run whatever their interval says.
    /// </summary>
    public async Task<SyncSummary> RunOnceAsync(IProgress<SyncProgress>? progress, bool everything, CancellationToken cancellationToken)
    {
        var run = new SyncRun(Shop, Stopwatch.StartNew());
        await using var held = await lease.TryAcquireAsync(Shop, cancellationToken);
        if (held is null)
            return run.Summary(null, $"another sync of {Shop} is running; try again when it has finished");
        try
        {
            var summary = await RunHeldAsync(run, progress, everything, cancellationToken);
            await RecordOutcomeAsync(summary.Error, CancellationToken.None);
            return summary;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await TryRecordOutcomeAsync(e.Message);
            throw;
        }
    }

    /// <summary>The run itself, with the lease held.</summary>
    private async Task<SyncSummary> RunHeldAsync(SyncRun run, IProgress<SyncProgress>? progress, bool everything, CancellationToken cancellationToken)
    {
        DateTimeOffset? cursor = null;
        string? catalogueError = null;
        try
        {
            // The catalogue comes first: the orders take their missing unit weights from it. A shop that fails to
            // give its catalogue still gives its orders (weighed with the catalogue already stored).
            if (everything || await IsDueAsync(CatalogueCursor, options.Value.CatalogueInterval, cancellationToken))
            {
                try
                {
                    await PullCatalogueAsync(run, cancellationToken);
                }
                catch (ShopApiException e)
                {
                    LogCatalogueFailed(Shop, e.Kind, e.Message);
                    catalogueError = $"the catalogue was not pulled: {e.Message}";
                }
            }

            var products = await catalogue.LoadCatalogueAsync(cancellationToken);
            cursor = await ReadTimeAsync(OrdersCursor, cancellationToken);
            var since = cursor - options.Value.Overlap;
            await foreach (var pulled in connector.PullOrdersAsync(since, cancellationToken))
            {
                var page = Validated(pulled, products);
                var upserted = page.Orders.Count > 0 ? await orders.UpsertOrdersAsync(page.Orders, cancellationToken) : UpsertSummary.None;
                page = WithStoreRefusals(page, upserted);
                run.Add(page, upserted);
                foreach (var rejected in page.Rejected)
                    LogRejected(Shop, rejected.ToString());
                if (page.SafeCursor is { } safe && (cursor is null || safe > cursor))
                {
                    cursor = safe;
                    await WriteTimeAsync(OrdersCursor, safe, cancellationToken);
                }

                progress?.Report(run.Progress());
            }

            if (everything || await IsDueAsync(ReconcileCursor, options.Value.ReconcileInterval, cancellationToken))
                await ReconcileAsync(run, products, progress, cancellationToken);
        }
        catch (ShopApiException e)
        {
            LogStopped(Shop, e.Kind, e.Message);
            return run.Summary(cursor, e.Message);
        }

        if (catalogueError is not null)
            return run.Summary(cursor, catalogueError);
        await WriteTimeAsync(SucceededCursor, time.GetUtcNow(), cancellationToken);
        var summary = run.Summary(cursor, null);
        LogFinished(Shop, summary.Received, summary.Upserted.Inserted, summary.Upserted.Updated, summary.Upserted.Held, summary.Rejected.Count);
        return summary;
    }

    /// <summary>
    /// Fills missing unit weights from the catalogue, then moves orders the store would refuse (no lines, no
    /// recipient…) to the rejected list, so one bad order never fails a page.
    /// </summary>
    private static OrderPage Validated(OrderPage page, Catalogue products)
    {
        page = page with { Orders = page.Orders.Select(products.WithUnitWeights).ToList() };
        var problems = page.Orders.Select(o => (Order: o, Problems: OrderValidator.Problems(o))).ToList();
        if (problems.All(p => p.Problems.Count == 0))
            return page;
        return page with
        {
            Orders = problems.Where(p => p.Problems.Count == 0).Select(p => p.Order).ToList(),
            Rejected = [.. page.Rejected, .. problems.Where(p => p.Problems.Count > 0).Select(p => page.Refusal(p.Order.ExternalId, string.Join("; ", p.Problems)))],
        };
    }

    /// <summary>The page with the orders the store refused alone (an id that is another order's) among its refusals.</summary>
    private static OrderPage WithStoreRefusals(OrderPage page, UpsertSummary upserted) =>
        upserted.Refused.Count == 0 ? page
            : page with { Rejected = [.. page.Rejected, .. upserted.Refused.Select(r => page.Refusal(r.ExternalId, r.Reason))] };

    private async Task PullCatalogueAsync(SyncRun run, CancellationToken cancellationToken)
    {
        await foreach (var products in connector.PullCatalogueAsync(cancellationToken))
        {
            run.Requests++;
            if (products.Count == 0)
                continue;
            await catalogue.UpsertProductsAsync(products, cancellationToken);
            run.Products += products.Count;
        }

        await WriteTimeAsync(CatalogueCursor, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>Fetches every open order of this shop again: catches cancellations and changes the cursor missed.</summary>
    private async Task ReconcileAsync(SyncRun run, Catalogue products, IProgress<SyncProgress>? progress, CancellationToken cancellationToken)
    {
        var open = new List<string>();
        foreach (var status in new[] { OrderStatus.Ready, OrderStatus.InProgress, OrderStatus.Hold })
        {
            var list = await orders.ListOrdersAsync(status, options.Value.ReconcileLimit, cancellationToken);
            open.AddRange(list.Where(o => o.Shop == Shop).Select(o => o.ExternalId));
        }

        foreach (var chunk in open.Distinct(StringComparer.Ordinal).Chunk(250))
        {
            var current = Validated(new OrderPage(await connector.GetOrdersAsync(chunk, cancellationToken), [], 1), products).Orders;
            var upserted = current.Count > 0 ? await orders.UpsertOrdersAsync(current, cancellationToken) : UpsertSummary.None;
            run.Reconciled += current.Count;
            var page = WithStoreRefusals(new OrderPage([], [], 1), upserted);
            foreach (var rejected in page.Rejected)
                LogRejected(Shop, rejected.ToString());
            run.Add(page, upserted);
            progress?.Report(run.Progress());
        }

        await WriteTimeAsync(ReconcileCursor, time.GetUtcNow(), cancellationToken);
    }

    private async Task<bool> IsDueAsync(string name, TimeSpan interval, CancellationToken cancellationToken) =>
        await ReadTimeAsync(name, cancellationToken) is not { } last || time.GetUtcNow() - last >= interval;

    private async Task<DateTimeOffset?> ReadTimeAsync(string name, CancellationToken cancellationToken)
    {
        var text = await state.GetCursorAsync(Shop, name, cancellationToken);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;
    }

    /// <summary>After an unexpected failure: records it if the store lets us, without hiding the failure itself.</summary>
    private async Task TryRecordOutcomeAsync(string error)
    {
        try
        {
            await RecordOutcomeAsync(error, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogOutcomeNotRecorded(Shop, e.Message);
        }
    }

    private async Task RecordOutcomeAsync(string? error, CancellationToken cancellationToken)
    {
        await WriteTimeAsync(LastRunCursor, time.GetUtcNow(), cancellationToken);
        await state.SetCursorAsync(Shop, LastErrorCursor, error ?? "", cancellationToken);
    }

    private Task WriteTimeAsync(string name, DateTimeOffset value, CancellationToken cancellationToken) =>
        state.SetCursorAsync(Shop, name, value.ToString("O", CultureInfo.InvariantCulture), cancellationToken);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Warning, Message = "Sync of {Shop}: the run's outcome could not be stored: {Error}")]
    private partial void LogOutcomeNotRecorded(string shop, string error);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Sync of {Shop} refused an order: {Rejection}")]
    private partial void LogRejected(string shop, string rejection);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Sync of {Shop} stopped ({Kind}): {Error}")]
    private partial void LogStopped(string shop, ShopErrorKind kind, string error);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "Sync of {Shop}: the catalogue was not pulled ({Kind}): {Error}; orders are pulled all the same")]
    private partial void LogCatalogueFailed(string shop, ShopErrorKind kind, string error);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Sync of {Shop}: {Received} orders received, {Inserted} new, {Updated} changed, {Held} held, {Rejected} refused")]
    private partial void LogFinished(string shop, int received, int inserted, int updated, int held, int rejected);
}
