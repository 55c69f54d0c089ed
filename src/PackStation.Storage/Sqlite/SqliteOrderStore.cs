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

    /// <summary>
    /// One order of the page, as <see cref="OrderImport"/> decides. The write holds only if the stored copy is still the
    /// one the decision was made on (an insert only if the order is still new); otherwise it is read again and decided
    /// again, so the rule stays right however many writers there are.
    /// </summary>
    private static async Task<UpsertSummary> UpsertOneAsync(SqliteConnection connection, SqliteTransaction transaction, OrderWriter writer,
        Dictionary<(string Shop, string ExternalId), Order> stored, Order incoming, CancellationToken cancellationToken)
    {
        var key = (incoming.Shop, incoming.ExternalId);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var current = stored.GetValueOrDefault(key);
            switch (OrderImport.Decide(current, incoming))
            {
                case OrderMerge.Insert insert when await writer.TryInsertAsync(insert.Order, cancellationToken):
                    stored[key] = insert.Order;
                    return new UpsertSummary(1, 0, 0, 0);
                case OrderMerge.Update update when await writer.TryUpdateAsync(update.Order, current!, update.LinesChanged, cancellationToken):
                    stored[key] = update.Order;
                    if (update.ParkConfirmation)
                        await SqliteOutboxStore.ParkConfirmationAsync(connection, transaction, update.Order.Id, OrderImport.PullTheParcel, cancellationToken);
                    return new UpsertSummary(0, 1, 0, update.Held ? 1 : 0);
                case OrderMerge.Unchanged:
                    return new UpsertSummary(0, 0, 1, 0);
            }

            // Someone else wrote the order since it was read: read it again and decide again.
            var reread = await OrderRows.FindOneAsync(connection, transaction, "shop = $shop AND external_id = $ext", cancellationToken,
                ("$shop", incoming.Shop), ("$ext", incoming.ExternalId));
            // Not stored under its number, yet the insert wrote nothing: its id is another order's. Refused alone.
            if (reread is null && current is null)
                return UpsertSummary.IdTaken(incoming);
            if (reread is null)
                stored.Remove(key);
            else
                stored[key] = reread.Order;
        }

        throw new StoreException($"Order {incoming.Id} changed under the import three times in a row; it is imported at the next sync.");
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
                foreach (var row in rows)
                    stored[(row.Order.Shop, row.Order.ExternalId)] = row.Order;
            }
        }

        return stored;
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
            // Each term is on an index: id, orders_external, orders_waybill, parcels' key, orders_phone_tail (0520).
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
