using Microsoft.Data.Sqlite;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;

namespace PackStation.Storage.Sqlite;

/// <summary>Orders: import with newer-wins, lookups, queue counts, holds.</summary>
internal sealed class SqliteOrderStore(SqliteDatabase database) : IOrderStore
{
    /// <summary>
    /// Imports a page of orders in one transaction: the stored copies of the whole page are read in one query, then
    /// each order is inserted or (newer wins) updated through statements prepared once for the page.
    /// </summary>
    public Task<UpsertSummary> UpsertOrdersAsync(IReadOnlyList<Order> orders, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orders);
        foreach (var order in orders)
            OrderValidator.ThrowIfInvalid(order);
        return database.WriteAsync(async (connection, transaction) =>
        {
            var stored = await FindStoredAsync(connection, transaction, orders, cancellationToken);
            using var writer = new OrderWriter(connection, transaction, database.NowMs);
            var summary = UpsertSummary.None;
            foreach (var order in orders)
                summary = summary.Add(await UpsertOneAsync(connection, transaction, writer, stored, order, cancellationToken));
            return summary;
        }, cancellationToken);
    }

    private static async Task<UpsertSummary> UpsertOneAsync(SqliteConnection connection, SqliteTransaction transaction, OrderWriter writer,
        Dictionary<(string Shop, string ExternalId), Order> stored, Order incoming, CancellationToken cancellationToken)
    {
        var key = (incoming.Shop, incoming.ExternalId);
        if (!stored.TryGetValue(key, out var order))
        {
            var status = incoming.Status == OrderStatus.Cancelled ? OrderStatus.Cancelled : OrderStatus.Ready;
            var inserted = incoming with { Status = status, HoldReason = null };
            await writer.InsertAsync(inserted, cancellationToken);
            stored[key] = inserted;
            return new UpsertSummary(1, 0, 0, 0);
        }

        if (incoming.ShopUpdatedAt is { } incomingAt && order.ShopUpdatedAt is { } storedAt && incomingAt <= storedAt)
            return new UpsertSummary(0, 0, 1, 0);

        var (status2, reason, held) = NextStatus(order, incoming);
        var merged = incoming with { Id = order.Id, Status = status2, HoldReason = reason };
        await writer.UpdateAsync(merged, linesChanged: !order.Lines.SequenceEqual(incoming.Lines), cancellationToken);
        stored[key] = merged;
        if (held && order.Status == OrderStatus.Packed)
            await SqliteOutboxStore.ParkConfirmationAsync(connection, transaction, order.Id, "The shop cancelled the order after it was packed: pull the parcel.", cancellationToken);
        return new UpsertSummary(0, 1, 0, held ? 1 : 0);
    }

    /// <summary>The stored copy of every order of the page, by (shop, external id), in one query per shop and 500 ids.</summary>
    private static async Task<Dictionary<(string Shop, string ExternalId), Order>> FindStoredAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<Order> orders, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<(string Shop, string ExternalId), Order>();
        foreach (var shop in orders.GroupBy(o => o.Shop, StringComparer.Ordinal))
        {
            foreach (var batch in shop.Select(o => o.ExternalId).Distinct(StringComparer.Ordinal).Chunk(500))
            {
                var names = batch.Select((_, i) => "$e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
                var parameters = batch.Select((id, i) => (names[i], (object?)id)).Prepend(("$shop", shop.Key)).ToArray();
                var rows = await OrderRows.FindAsync(connection, transaction, $"shop = $shop AND external_id IN ({string.Join(',', names)})", cancellationToken, parameters);
                foreach (var (order, _, _) in rows)
                    stored[(order.Shop, order.ExternalId)] = order;
            }
        }

        return stored;
    }

    /// <summary>What an import does to the local status: the shop's cancellation wins, local progress is kept.</summary>
    private static (OrderStatus Status, string? Reason, bool Held) NextStatus(Order stored, Order incoming)
    {
        var cancelled = incoming.Status == OrderStatus.Cancelled;
        var linesChanged = !stored.Lines.SequenceEqual(incoming.Lines);
        return stored.Status switch
        {
            OrderStatus.Ready when cancelled => (OrderStatus.Cancelled, null, false),
            OrderStatus.InProgress when cancelled => (OrderStatus.Hold, "cancelled by the shop during packing", true),
            OrderStatus.InProgress when linesChanged => (OrderStatus.Hold, "the shop changed the order during packing", true),
            OrderStatus.Packed when cancelled && stored.HoldReason is null => (OrderStatus.Hold, "cancelled by the shop after packing", true),
            OrderStatus.Hold when cancelled => (OrderStatus.Hold, "cancelled by the shop; was: " + stored.HoldReason, false),
            _ => (stored.Status, stored.HoldReason, false),
        };
    }

    public Task<Order?> GetOrderAsync(string orderId, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
            (await OrderRows.FindOneAsync(connection, null, "id = $a", cancellationToken, ("$a", orderId)))?.Order, cancellationToken);

    public Task<IReadOnlyList<Order>> ListOrdersAsync(OrderStatus? status, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var rows = await OrderRows.FindAsync(connection, null, "($status IS NULL OR status = $status) ORDER BY ship_by_sort, created_utc LIMIT $limit",
                cancellationToken, ("$status", status?.ToText()), ("$limit", limit));
            return (IReadOnlyList<Order>)rows.Select(r => r.Order).ToList();
        }, cancellationToken);

    public Task<IReadOnlyList<Order>> SearchOrdersAsync(string query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var q = query.Trim();
        var digits = q.Length is >= 4 and <= 11 && q.All(char.IsAsciiDigit);
        return database.ReadAsync(async connection =>
        {
            // Each term is on an index: id, orders_external, orders_waybill, parcels' key, orders_phone_tail (0510).
            var rows = await OrderRows.FindAsync(connection, null,
                """
                id = $q OR external_id = $q OR waybill = $q OR id IN (SELECT order_id FROM parcels WHERE tracking = $q)
                OR ($tail IS NOT NULL AND substr(json_extract(recipient, '$.phone'), -4) = $tail AND json_extract(recipient, '$.phone') LIKE $like)
                ORDER BY created_utc DESC LIMIT $limit
                """, cancellationToken, ("$q", q), ("$tail", digits ? q[^4..] : null), ("$like", "%" + q), ("$limit", Math.Max(1, limit)));
            return (IReadOnlyList<Order>)rows.Select(r => r.Order).ToList();
        }, cancellationToken);
    }

    public Task<IReadOnlyList<Parcel>> ListParcelsAsync(string orderId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<Parcel>>(async connection =>
        {
            using var command = Sql.Command(connection, null, "SELECT tracking, station, created_utc FROM parcels WHERE order_id = $id ORDER BY created_utc, tracking",
                ("$id", orderId));
            using var r = await command.ExecuteReaderAsync(cancellationToken);
            var parcels = new List<Parcel>();
            while (await r.ReadAsync(cancellationToken))
                parcels.Add(new Parcel(r.GetString(0), r.GetString(1), Sql.FromMs(r.GetInt64(2))));
            return parcels;
        }, cancellationToken);

    public Task<QueueCounts> CountQueueAsync(DateTimeOffset endOfToday, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            using (var command = Sql.Command(connection, null, "SELECT status, COUNT(*) FROM orders GROUP BY status"))
            using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                    counts[reader.GetString(0)] = reader.GetInt32(1);
            }

            var due = (int)await Sql.ScalarAsync(connection, null,
                "SELECT COUNT(*) FROM orders WHERE status IN ('ready', 'in-progress', 'hold') AND ship_by_sort <= $end",
                cancellationToken, ("$end", Sql.Ms(endOfToday)));
            return new QueueCounts(counts.GetValueOrDefault("ready"), counts.GetValueOrDefault("in-progress"),
                counts.GetValueOrDefault("hold"), counts.GetValueOrDefault("packed"), counts.GetValueOrDefault("cancelled"), due);
        }, cancellationToken);

    public Task<bool> HoldOrderAsync(string orderId, string reason, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Sql.ExecuteAsync(connection, transaction,
            """
            UPDATE orders SET status = 'hold', hold_reason = $reason, claimed_by = NULL, claim_expires_utc = NULL, updated_utc = $now
            WHERE id = $id AND status IN ('ready', 'in-progress', 'hold')
            """, cancellationToken, ("$id", orderId), ("$reason", reason), ("$now", database.NowMs)) > 0, cancellationToken);

    public Task<bool> ReleaseHoldAsync(string orderId, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Sql.ExecuteAsync(connection, transaction,
            """
            UPDATE orders SET status = 'ready', hold_reason = NULL, progress = NULL, updated_utc = $now
            WHERE id = $id AND status = 'hold' AND id NOT IN (SELECT order_id FROM outbox)
            """, cancellationToken, ("$id", orderId), ("$now", database.NowMs)) > 0, cancellationToken);
}
