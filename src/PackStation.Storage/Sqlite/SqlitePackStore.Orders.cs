using Microsoft.Data.Sqlite;
using PackStation.Domain.Orders;
using PackStation.Domain.Packing;
using PackStation.Domain.Ports;

namespace PackStation.Storage.Sqlite;

/// <summary>Orders: import with newer-wins, lookups, queue counts, holds.</summary>
public sealed partial class SqlitePackStore
{
    private const string OrderColumns =
        "id, shop, external_id, status, created_at, ship_by, shop_updated_utc, recipient, carrier, tote, waybill, hold_reason, claimed_by, claim_expires_utc, progress";

    public Task<UpsertSummary> UpsertOrdersAsync(IReadOnlyList<Order> orders, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orders);
        return WriteAsync(async (connection, transaction) =>
        {
            var summary = UpsertSummary.None;
            foreach (var order in orders)
                summary = summary.Add(await UpsertOneAsync(connection, transaction, order, cancellationToken));
            return summary;
        }, cancellationToken);
    }

    private async Task<UpsertSummary> UpsertOneAsync(SqliteConnection connection, SqliteTransaction transaction, Order incoming, CancellationToken cancellationToken)
    {
        OrderValidator.ThrowIfInvalid(incoming);
        var existing = await FindOrderAsync(connection, transaction, "shop = $a AND external_id = $b", cancellationToken, ("$a", incoming.Shop), ("$b", incoming.ExternalId));
        if (existing is null)
        {
            var status = incoming.Status == OrderStatus.Cancelled ? OrderStatus.Cancelled : OrderStatus.Ready;
            await WriteOrderRowAsync(connection, transaction, incoming with { Status = status, HoldReason = null }, insert: true, cancellationToken);
            await WriteLinesAsync(connection, transaction, incoming, cancellationToken);
            return new UpsertSummary(1, 0, 0, 0);
        }

        var (order, _, _) = existing.Value;
        if (incoming.ShopUpdatedAt is { } incomingAt && order.ShopUpdatedAt is { } storedAt && incomingAt <= storedAt)
            return new UpsertSummary(0, 0, 1, 0);

        var (status2, reason, held) = NextStatus(order, incoming);
        var merged = incoming with { Id = order.Id, Status = status2, HoldReason = reason };
        await WriteOrderRowAsync(connection, transaction, merged, insert: false, cancellationToken);
        if (!order.Lines.SequenceEqual(incoming.Lines))
            await WriteLinesAsync(connection, transaction, merged, cancellationToken);
        if (held && order.Status == OrderStatus.Packed)
            await ParkConfirmationAsync(connection, transaction, order.Id, "The shop cancelled the order after it was packed: pull the parcel.", cancellationToken);
        return new UpsertSummary(0, 1, 0, held ? 1 : 0);
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

    private async Task WriteOrderRowAsync(SqliteConnection connection, SqliteTransaction transaction, Order order, bool insert, CancellationToken cancellationToken)
    {
        var sql = insert
            ? """
              INSERT INTO orders (id, shop, external_id, status, created_at, created_utc, ship_by, ship_by_sort, shop_updated_utc,
                                  recipient, carrier, tote, waybill, hold_reason, updated_utc)
              VALUES ($id, $shop, $ext, $status, $created, $createdUtc, $shipBy, $shipBySort, $shopUpdated,
                      $recipient, $carrier, $tote, $waybill, $reason, $now)
              """
            : """
              UPDATE orders SET status = $status, created_at = $created, created_utc = $createdUtc, ship_by = $shipBy,
                     ship_by_sort = $shipBySort, shop_updated_utc = $shopUpdated, recipient = $recipient, carrier = $carrier,
                     tote = COALESCE($tote, tote), waybill = COALESCE($waybill, waybill), hold_reason = $reason,
                     claimed_by = CASE WHEN $status = 'in-progress' THEN claimed_by END,
                     claim_expires_utc = CASE WHEN $status = 'in-progress' THEN claim_expires_utc END,
                     updated_utc = $now
              WHERE id = $id
              """;
        await Sql.ExecuteAsync(connection, transaction, sql, cancellationToken,
            ("$id", order.Id), ("$shop", order.Shop), ("$ext", order.ExternalId), ("$status", order.Status.ToText()),
            ("$created", Sql.Iso(order.CreatedAt)), ("$createdUtc", Sql.Ms(order.CreatedAt)),
            ("$shipBy", order.ShipBy is { } s ? Sql.Iso(s) : null), ("$shipBySort", order.ShipBy is { } t ? Sql.Ms(t) : long.MaxValue),
            ("$shopUpdated", order.ShopUpdatedAt is { } u ? Sql.Ms(u) : null), ("$recipient", StoreJson.Write(order.Recipient)),
            ("$carrier", order.Carrier), ("$tote", order.Tote), ("$waybill", order.Waybill), ("$reason", order.HoldReason), ("$now", NowMs));
    }

    private static async Task WriteLinesAsync(SqliteConnection connection, SqliteTransaction transaction, Order order, CancellationToken cancellationToken)
    {
        await Sql.ExecuteAsync(connection, transaction, "DELETE FROM order_lines WHERE order_id = $id", cancellationToken, ("$id", order.Id));
        using var insert = Sql.Command(connection, transaction,
            "INSERT INTO order_lines (order_id, line_no, sku, title, quantity, unit_grams) VALUES ($id, $no, $sku, $title, $qty, $grams)",
            ("$id", order.Id), ("$no", 0), ("$sku", ""), ("$title", ""), ("$qty", 0), ("$grams", null));
        for (var i = 0; i < order.Lines.Count; i++)
        {
            var line = order.Lines[i];
            insert.Parameters["$no"].Value = i + 1;
            insert.Parameters["$sku"].Value = line.Sku;
            insert.Parameters["$title"].Value = line.Title;
            insert.Parameters["$qty"].Value = line.Quantity;
            insert.Parameters["$grams"].Value = line.UnitGrams is { } g ? g : DBNull.Value;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public Task<Order?> GetOrderAsync(string orderId, CancellationToken cancellationToken) =>
        ReadAsync(async connection =>
            (await FindOrderAsync(connection, null, "id = $a", cancellationToken, ("$a", orderId)))?.Order, cancellationToken);

    public Task<IReadOnlyList<Order>> ListOrdersAsync(OrderStatus? status, int limit, CancellationToken cancellationToken) =>
        ReadAsync(async connection =>
        {
            var rows = await FindOrdersAsync(connection, null, "($status IS NULL OR status = $status) ORDER BY ship_by_sort, created_utc LIMIT $limit",
                cancellationToken, ("$status", status?.ToText()), ("$limit", limit));
            return (IReadOnlyList<Order>)rows.Select(r => r.Order).ToList();
        }, cancellationToken);

    public Task<QueueCounts> CountQueueAsync(DateTimeOffset endOfToday, CancellationToken cancellationToken) =>
        ReadAsync(async connection =>
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
        WriteAsync(async (connection, transaction) => await Sql.ExecuteAsync(connection, transaction,
            """
            UPDATE orders SET status = 'hold', hold_reason = $reason, claimed_by = NULL, claim_expires_utc = NULL, updated_utc = $now
            WHERE id = $id AND status IN ('ready', 'in-progress', 'hold')
            """, cancellationToken, ("$id", orderId), ("$reason", reason), ("$now", NowMs)) > 0, cancellationToken);

    public Task<bool> ReleaseHoldAsync(string orderId, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) => await Sql.ExecuteAsync(connection, transaction,
            """
            UPDATE orders SET status = 'ready', hold_reason = NULL, progress = NULL, updated_utc = $now
            WHERE id = $id AND status = 'hold' AND id NOT IN (SELECT order_id FROM outbox)
            """, cancellationToken, ("$id", orderId), ("$now", NowMs)) > 0, cancellationToken);

    private static async Task<(Order Order, string? ClaimedBy, OrderProgress Progress)?> FindOrderAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string where, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        var rows = await FindOrdersAsync(connection, transaction, where + " LIMIT 1", cancellationToken, parameters);
        return rows.Count == 0 ? null : rows[0];
    }

    private static async Task<List<(Order Order, string? ClaimedBy, OrderProgress Progress)>> FindOrdersAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string whereAndOrder, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        var rows = new List<(Order, string?, OrderProgress)>();
        using (var command = Sql.Command(connection, transaction, $"SELECT {OrderColumns} FROM orders WHERE {whereAndOrder}", parameters))
        using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                rows.Add(OrderRows.Read(reader));
        }

        if (rows.Count == 0)
            return rows;
        var lines = await OrderRows.ReadLinesAsync(connection, transaction, rows.Select(r => r.Item1.Id).ToList(), cancellationToken);
        return rows.Select(r => (r.Item1 with { Lines = lines.GetValueOrDefault(r.Item1.Id) ?? [] }, r.Item2, r.Item3)).ToList();
    }
}
