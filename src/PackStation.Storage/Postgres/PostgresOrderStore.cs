using Npgsql;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Postgres;

/// <summary>
/// Orders on PostgreSQL. An import page is one transaction; each order is written as <see cref="OrderImport"/> decides,
/// conditionally on the stored copy still being the one decided on (another host may write it at the same moment),
/// and decided again from a fresh read when it is not.
/// </summary>
internal sealed class PostgresOrderStore(PostgresDatabase database) : IOrderStore
{
    public Task<UpsertSummary> UpsertOrdersAsync(IReadOnlyList<Order> orders, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orders);
        foreach (var order in orders)
            OrderValidator.ThrowIfInvalid(order);
        return database.WriteAsync(async (connection, transaction) =>
        {
            var stored = await FindStoredAsync(connection, transaction, orders, cancellationToken);
            var summary = UpsertSummary.None;
            foreach (var order in orders)
                summary = summary.Add(await UpsertOneAsync(connection, transaction, stored, order, cancellationToken));
            return summary;
        }, cancellationToken);
    }

    private async Task<UpsertSummary> UpsertOneAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        Dictionary<(string Shop, string ExternalId), Order> stored, Order incoming, CancellationToken cancellationToken)
    {
        var key = (incoming.Shop, incoming.ExternalId);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var current = stored.GetValueOrDefault(key);
            switch (OrderImport.Decide(current, incoming))
            {
                case OrderMerge.Insert insert when await PgOrderWriter.TryInsertAsync(connection, transaction, insert.Order, database.NowMs, cancellationToken):
                    stored[key] = insert.Order;
                    return new UpsertSummary(1, 0, 0, 0);
                case OrderMerge.Update update when await PgOrderWriter.TryUpdateAsync(connection, transaction, update.Order, current!,
                    update.LinesChanged, database.NowMs, cancellationToken):
                    stored[key] = update.Order;
                    if (update.ParkConfirmation)
                        await PostgresOutboxStore.ParkConfirmationAsync(connection, transaction, update.Order.Id, OrderImport.PullTheParcel, cancellationToken);
                    return new UpsertSummary(0, 1, 0, update.Held ? 1 : 0);
                case OrderMerge.Unchanged:
                    return new UpsertSummary(0, 0, 1, 0);
            }

            var reread = await PgOrderRows.FindOneAsync(connection, transaction, "shop = @shop AND external_id = @ext", cancellationToken,
                Pg.Text("shop", incoming.Shop), Pg.Text("ext", incoming.ExternalId));
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

    private static async Task<Dictionary<(string Shop, string ExternalId), Order>> FindStoredAsync(NpgsqlConnection connection,
        NpgsqlTransaction transaction, IReadOnlyList<Order> orders, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<(string Shop, string ExternalId), Order>();
        foreach (var shop in orders.GroupBy(o => o.Shop, StringComparer.Ordinal))
        {
            var ids = shop.Select(o => o.ExternalId).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var row in await PgOrderRows.FindAsync(connection, transaction, "shop = @shop AND external_id = ANY(@ids)", cancellationToken,
                Pg.Text("shop", shop.Key), Pg.Texts("ids", ids)))
                stored[(row.Order.Shop, row.Order.ExternalId)] = row.Order;
        }

        return stored;
    }

    public Task<Order?> GetOrderAsync(string orderId, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
            (await PgOrderRows.FindOneAsync(connection, null, "id = @id", cancellationToken, Pg.Text("id", orderId)))?.Order, cancellationToken);

    public Task<IReadOnlyList<Order>> ListOrdersAsync(OrderStatus? status, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var rows = await PgOrderRows.FindAsync(connection, null,
                "(@status::text IS NULL OR status = @status) ORDER BY ship_by_sort, created_utc LIMIT @limit", cancellationToken,
                Pg.Text("status", status?.ToText()), Pg.Int("limit", limit));
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
            var rows = await PgOrderRows.FindAsync(connection, null,
                """
                id = @q OR external_id = @q OR waybill = @q OR id IN (SELECT order_id FROM parcels WHERE tracking = @q)
                OR (@tail::text IS NOT NULL AND right(recipient::jsonb ->> 'phone', 4) = @tail AND (recipient::jsonb ->> 'phone') LIKE @like)
                ORDER BY created_utc DESC LIMIT @limit
                """, cancellationToken, Pg.Text("q", q), Pg.Text("tail", digits ? q[^4..] : null), Pg.Text("like", "%" + q),
                Pg.Int("limit", Math.Max(1, limit)));
            return (IReadOnlyList<Order>)rows.Select(r => r.Order).ToList();
        }, cancellationToken);
    }

    public Task<IReadOnlyList<Parcel>> ListParcelsAsync(string orderId, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => (IReadOnlyList<Parcel>)await Pg.ListAsync(connection, null,
            "SELECT tracking, station, created_utc FROM parcels WHERE order_id = @id ORDER BY created_utc, tracking",
            r => new Parcel(r.GetString(0), r.GetString(1), StoredValues.FromMs(r.GetInt64(2))), cancellationToken, Pg.Text("id", orderId)), cancellationToken);

    public Task<QueueCounts> CountQueueAsync(DateTimeOffset endOfToday, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var counts = (await Pg.ListAsync(connection, null, "SELECT status, COUNT(*) FROM orders GROUP BY status",
                r => (Status: r.GetString(0), Count: (int)r.GetInt64(1)), cancellationToken)).ToDictionary(c => c.Status, c => c.Count, StringComparer.Ordinal);
            var due = Convert.ToInt32(await Pg.ScalarAsync(connection, null,
                "SELECT COUNT(*) FROM orders WHERE status IN ('ready', 'in-progress', 'hold') AND ship_by_sort <= @end", cancellationToken,
                Pg.Long("end", StoredValues.Ms(endOfToday))), System.Globalization.CultureInfo.InvariantCulture);
            return new QueueCounts(counts.GetValueOrDefault("ready"), counts.GetValueOrDefault("in-progress"),
                counts.GetValueOrDefault("hold"), counts.GetValueOrDefault("packed"), counts.GetValueOrDefault("cancelled"), due);
        }, cancellationToken);

    public Task<bool> HoldOrderAsync(string orderId, string reason, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Pg.ExecuteAsync(connection, transaction,
            """
            UPDATE orders SET status = 'hold', hold_reason = @reason, claimed_by = NULL, claim_expires_utc = NULL, updated_utc = @now
            WHERE id = @id AND status IN ('ready', 'in-progress', 'hold')
            """, cancellationToken, Pg.Text("id", orderId), Pg.Text("reason", reason), Pg.Long("now", database.NowMs)) > 0, cancellationToken);

    public Task<bool> ReleaseHoldAsync(string orderId, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Pg.ExecuteAsync(connection, transaction,
            """
            UPDATE orders SET status = 'ready', hold_reason = NULL, progress = NULL, updated_utc = @now
            WHERE id = @id AND status = 'hold' AND NOT EXISTS (SELECT 1 FROM outbox WHERE outbox.order_id = orders.id)
            """, cancellationToken, Pg.Text("id", orderId), Pg.Long("now", database.NowMs)) > 0, cancellationToken);
}
