using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PackStation.Domain.Ports;
using PackStation.Shops.Connectors;
using PackStation.Shops.Sync;
using PackStation.Web.Auth;

namespace PackStation.Web.Api;

/// <summary>
/// <c>GET /api/sync</c>: each shop's order sync as the dashboard shows it: when it last ran, when it last succeeded,
/// the last run's error, and how far behind it is (the same figure as <c>packstation_sync_lag_seconds</c>).
/// </summary>
public static class SyncApi
{
    /// <param name="LagSeconds">Seconds since the last successful run; null until one has.</param>
    /// <param name="LastError">The last run's error; null when it succeeded (or none ran yet).</param>
    /// <param name="OrdersCursor">Orders changed up to here have been pulled.</param>
    public sealed record SyncStatus(string Shop, DateTimeOffset? LastRunAt, DateTimeOffset? LastSuccessAt, double? LagSeconds, string? LastError,
        DateTimeOffset? OrdersCursor);

    public static IEndpointRouteBuilder MapSyncApi(this IEndpointRouteBuilder app, WebAccess access)
    {
        app.MapGet("/api/sync", async (IEnumerable<IShopConnector> connectors, ISyncStateStore state, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var now = clock.GetUtcNow();
            var list = new List<SyncStatus>();
            foreach (var shop in connectors.Select(c => c.Shop).Distinct(StringComparer.Ordinal))
            {
                var success = Time(await state.GetCursorAsync(shop, OrderSyncEngine.SucceededCursor, cancellationToken));
                var error = await state.GetCursorAsync(shop, OrderSyncEngine.LastErrorCursor, cancellationToken);
                list.Add(new SyncStatus(shop, Time(await state.GetCursorAsync(shop, OrderSyncEngine.LastRunCursor, cancellationToken)), success,
                    success is { } at ? Math.Round(Math.Max(0, (now - at).TotalSeconds), 1) : null, string.IsNullOrEmpty(error) ? null : error,
                    Time(await state.GetCursorAsync(shop, OrderSyncEngine.OrdersCursor, cancellationToken))));
            }

            return TypedResults.Ok(list);
        }).RequireReadAccess(access).WithTags("Sync").WithName("GetSyncStatus")
            .WithSummary("Each shop's order sync: last run, last success, last error, lag");
        return app;
    }

    private static DateTimeOffset? Time(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;
}
