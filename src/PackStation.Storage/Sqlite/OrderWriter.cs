using Microsoft.Data.Sqlite;
using PackStation.Domain.Orders;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Sqlite;

/// <summary>
/// The statements of one order import (one transaction, one page of orders): the order row's insert and update and
/// the lines' delete and insert, each prepared once and run again with new values for every order of the page.
/// </summary>
internal sealed class OrderWriter : IDisposable
{
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _deleteLines;
    private readonly SqliteCommand _insertLine;
    private readonly long _nowMs;

    public OrderWriter(SqliteConnection connection, SqliteTransaction transaction, long nowMs)
    {
        _nowMs = nowMs;
        _insert = Prepare(connection, transaction, """
            INSERT INTO orders (id, shop, external_id, status, created_at, created_utc, ship_by, ship_by_sort, shop_updated_utc,
                                recipient, carrier, tote, waybill, hold_reason, updated_utc)
            VALUES ($id, $shop, $ext, $status, $created, $createdUtc, $shipBy, $shipBySort, $shopUpdated,
                    $recipient, $carrier, $tote, $waybill, $reason, $now)
            ON CONFLICT DO NOTHING
            """, "$id", "$shop", "$ext", "$status", "$created", "$createdUtc", "$shipBy", "$shipBySort", "$shopUpdated",
            "$recipient", "$carrier", "$tote", "$waybill", "$reason", "$now");
        _update = Prepare(connection, transaction, """
            UPDATE orders SET status = $status, created_at = $created, created_utc = $createdUtc, ship_by = $shipBy,
                   ship_by_sort = $shipBySort, shop_updated_utc = $shopUpdated, recipient = $recipient, carrier = $carrier,
                   tote = COALESCE($tote, tote), waybill = COALESCE($waybill, waybill), hold_reason = $reason,
                   claimed_by = CASE WHEN $status = 'in-progress' THEN claimed_by END,
                   claim_expires_utc = CASE WHEN $status = 'in-progress' THEN claim_expires_utc END,
                   updated_utc = $now
            WHERE id = $id AND status = $seenStatus AND hold_reason IS $seenReason AND shop_updated_utc IS $seenShopUpdated
            """, "$id", "$status", "$created", "$createdUtc", "$shipBy", "$shipBySort", "$shopUpdated",
            "$recipient", "$carrier", "$tote", "$waybill", "$reason", "$now", "$seenStatus", "$seenReason", "$seenShopUpdated");
        _deleteLines = Prepare(connection, transaction, "DELETE FROM order_lines WHERE order_id = $id", "$id");
        _insertLine = Prepare(connection, transaction,
            "INSERT INTO order_lines (order_id, line_no, sku, title, quantity, unit_grams) VALUES ($id, $no, $sku, $title, $qty, $grams)",
            "$id", "$no", "$sku", "$title", "$qty", "$grams");
    }

    /// <summary>A new order: its row and its lines. False (nothing written) when the shop's order is already stored or its id is another order's.</summary>
    public async Task<bool> TryInsertAsync(Order order, CancellationToken cancellationToken)
    {
        Bind(_insert, order);
        _insert.Parameters["$shop"].Value = order.Shop;
        _insert.Parameters["$ext"].Value = order.ExternalId;
        if (await _insert.ExecuteNonQueryAsync(cancellationToken) == 0)
            return false;
        await InsertLinesAsync(order, cancellationToken);
        return true;
    }

    /// <summary>
    /// A newer copy of a stored order: its row, and its lines when they changed; only while the stored row still has
    /// the status, hold reason and shop date of <paramref name="seen"/> (the copy the import decided on). False otherwise.
    /// </summary>
    public async Task<bool> TryUpdateAsync(Order order, Order seen, bool linesChanged, CancellationToken cancellationToken)
    {
        Bind(_update, order);
        var p = _update.Parameters;
        p["$seenStatus"].Value = seen.Status.ToText();
        p["$seenReason"].Value = (object?)seen.HoldReason ?? DBNull.Value;
        p["$seenShopUpdated"].Value = seen.ShopUpdatedAt is { } u ? Sql.Ms(u) : DBNull.Value;
        if (await _update.ExecuteNonQueryAsync(cancellationToken) == 0)
            return false;
        if (!linesChanged)
            return true;
        _deleteLines.Parameters["$id"].Value = order.Id;
        await _deleteLines.ExecuteNonQueryAsync(cancellationToken);
        await InsertLinesAsync(order, cancellationToken);
        return true;
    }

    private async Task InsertLinesAsync(Order order, CancellationToken cancellationToken)
    {
        var p = _insertLine.Parameters;
        p["$id"].Value = order.Id;
        for (var i = 0; i < order.Lines.Count; i++)
        {
            var line = order.Lines[i];
            p["$no"].Value = i + 1;
            p["$sku"].Value = line.Sku;
            p["$title"].Value = line.Title;
            p["$qty"].Value = line.Quantity;
            p["$grams"].Value = line.UnitGrams is { } g ? g : DBNull.Value;
            await _insertLine.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private void Bind(SqliteCommand command, Order order)
    {
        var p = command.Parameters;
        p["$id"].Value = order.Id;
        p["$status"].Value = order.Status.ToText();
        p["$created"].Value = Sql.Iso(order.CreatedAt);
        p["$createdUtc"].Value = Sql.Ms(order.CreatedAt);
        p["$shipBy"].Value = order.ShipBy is { } s ? Sql.Iso(s) : DBNull.Value;
        p["$shipBySort"].Value = order.ShipBy is { } t ? Sql.Ms(t) : long.MaxValue;
        p["$shopUpdated"].Value = order.ShopUpdatedAt is { } u ? Sql.Ms(u) : DBNull.Value;
        p["$recipient"].Value = StoreJson.Write(order.Recipient);
        p["$carrier"].Value = (object?)order.Carrier ?? DBNull.Value;
        p["$tote"].Value = (object?)order.Tote ?? DBNull.Value;
        p["$waybill"].Value = (object?)order.Waybill ?? DBNull.Value;
        p["$reason"].Value = (object?)order.HoldReason ?? DBNull.Value;
        p["$now"].Value = _nowMs;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = Sql.Command(connection, transaction, sql, names.Select(n => (n, (object?)null)).ToArray());
        command.Prepare();
        return command;
    }

    public void Dispose()
    {
        _insert.Dispose();
        _update.Dispose();
        _deleteLines.Dispose();
        _insertLine.Dispose();
    }
}
