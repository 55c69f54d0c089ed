using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PackStation.Domain.Events;
using PackStation.Domain.Ports;
using PackStation.Packing.Stations;
using PackStation.Packing.Statistics;

namespace PackStation.Web.Metrics;

/// <summary><c>GET /metrics</c>: packstation_ series in Prometheus text format (anonymous: no personal data, no secrets).</summary>
public static partial class MetricsApi
{
    private static readonly PackEventKind[] ItemScanKinds = [PackEventKind.ItemAccepted, PackEventKind.WrongItem, PackEventKind.UnknownBarcode, PackEventKind.SurplusItem];

    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/metrics", async (EventCounters counters, StationBoard board, IOrderStore orders, IOutboxStore outbox, StatsService stats,
            SyncLag syncLag, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var events = await counters.SnapshotAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var local = TimeZoneInfo.ConvertTime(now, stats.Zone);
            var queue = await orders.CountQueueAsync(new DateTimeOffset(local.Date, local.Offset).AddDays(1), cancellationToken);
            var text = new PrometheusText();

            text.Family("packstation_scans_total", "counter", "Item scans by result, since the store was created.");
            foreach (var kind in ItemScanKinds)
                text.Sample("packstation_scans_total", events[kind], ("result", Kebab(kind)));
            text.Sample("packstation_scans_total", events[PackEventKind.ScanRefused], ("result", "refused"));

            text.Family("packstation_orders_packed_total", "counter", "Orders packed, since the store was created.")
                .Sample("packstation_orders_packed_total", events[PackEventKind.OrderPacked]);

            text.Family("packstation_exceptions_total", "counter", "Exception events by kind (wrong items, weight mismatches, holds, printer faults ...).");
            foreach (var kind in Enum.GetValues<PackEventKind>().Where(k => new PackEvent(now, "", null, null, k).IsException))
                text.Sample("packstation_exceptions_total", events[kind], ("kind", Kebab(kind)));

            text.Family("packstation_device_up", "gauge", "1 when the station's device reports ok, else 0.");
            foreach (var s in board.All)
            {
                text.Sample("packstation_device_up", s.ScannerHealth == "ok" ? 1 : 0, ("station", s.StationId), ("role", "scanner"));
                text.Sample("packstation_device_up", s.ScaleHealth == "ok" ? 1 : 0, ("station", s.StationId), ("role", "scale"));
                text.Sample("packstation_device_up", s.PrinterHealth == "ok" ? 1 : 0, ("station", s.StationId), ("role", "printer"));
            }

            text.Family("packstation_queue_orders", "gauge", "Orders by state.")
                .Sample("packstation_queue_orders", queue.Ready, ("state", "ready"))
                .Sample("packstation_queue_orders", queue.InProgress, ("state", "in-progress"))
                .Sample("packstation_queue_orders", queue.Hold, ("state", "hold"))
                .Sample("packstation_queue_orders", queue.Packed, ("state", "packed"))
                .Sample("packstation_queue_orders", queue.Cancelled, ("state", "cancelled"));
            text.Family("packstation_orders_due_today", "gauge", "Open orders whose ship-by deadline is before the end of today.")
                .Sample("packstation_orders_due_today", queue.DueToday);
            text.Family("packstation_outbox_backlog", "gauge", "Shipment confirmations not yet written back to the shop.")
                .Sample("packstation_outbox_backlog", await outbox.CountPendingAsync(cancellationToken));

            var lags = await syncLag.ReadAsync(cancellationToken);
            text.Family("packstation_sync_lag_seconds", "gauge", "Seconds since the shop's last order sync that finished without error (+Inf: none yet).");
            foreach (var lag in lags)
                text.Sample("packstation_sync_lag_seconds", lag.LagSeconds, ("shop", lag.Shop));
            text.Family("packstation_sync_last_success_timestamp_seconds", "gauge", "Unix time of the shop's last order sync that finished without error.");
            foreach (var lag in lags.Where(l => l.LastSuccess is not null))
                text.Sample("packstation_sync_last_success_timestamp_seconds", lag.LastSuccess!.Value.ToUnixTimeMilliseconds() / 1000.0, ("shop", lag.Shop));
            return Results.Text(text.ToString(), PrometheusText.ContentType);
        }).AllowAnonymous().WithTags("Metrics").WithName("Metrics").WithSummary("Prometheus metrics (text format 0.0.4)")
            .Produces<string>(StatusCodes.Status200OK, "text/plain");
        return app;
    }

    public static string Kebab(PackEventKind kind) => KebabBoundary().Replace(kind.ToString(), "$1-$2").ToLowerInvariant();

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex KebabBoundary();
}
