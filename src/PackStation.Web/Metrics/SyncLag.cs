using System.Globalization;
using PackStation.Domain.Ports;
using PackStation.Shops.Connectors;
using PackStation.Shops.Sync;

namespace PackStation.Web.Metrics;

/// <summary>
/// How far behind the shop the order sync is: now minus the end of the last sync run that finished without error
/// (<see cref="OrderSyncEngine.SucceededCursor"/>, kept in the store, so a CLI <c>sync --once</c> counts too).
/// Not the order cursor: on Shopify and WooCommerce that is the newest order change seen, which stands still while a
/// shop is quiet and would raise false alarms. Never succeeded: +Inf.
/// </summary>
public sealed class SyncLag(IEnumerable<IShopConnector> connectors, ISyncStateStore state, TimeProvider clock)
{
    public sealed record Reading(string Shop, DateTimeOffset? LastSuccess, double LagSeconds);

    public async Task<IReadOnlyList<Reading>> ReadAsync(CancellationToken cancellationToken)
    {
        var readings = new List<Reading>();
        var now = clock.GetUtcNow();
        foreach (var shop in connectors.Select(c => c.Shop).Distinct(StringComparer.Ordinal))
        {
            var text = await state.GetCursorAsync(shop, OrderSyncEngine.SucceededCursor, cancellationToken);
            DateTimeOffset? last = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;
            var lag = last is { } at ? Math.Max(0, (now - at).TotalSeconds) : double.PositiveInfinity;
            readings.Add(new Reading(shop, last, lag));
        }

        return readings;
    }
}
