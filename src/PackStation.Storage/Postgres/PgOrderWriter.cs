using Npgsql;
using PackStation.Domain.Orders;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Postgres;

/// <summary>
/// The statements of an import on PostgreSQL: an order's insert (only while the shop's order is new and its id free), its update (only
/// while the stored row is the copy the import decided on) and its lines.
/// </summary>
internal static class PgOrderWriter
{
    public static async Task<bool> TryInsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Order order, long nowMs, CancellationToken cancellationToken)
    {
        var inserted = await Pg.ExecuteAsync(connection, transaction,
            """
            INSERT INTO orders (id, shop, external_id, status, created_at, created_utc, ship_by, ship_by_sort, shop_updated_utc,
                                recipient, carrier, tote, waybill, hold_reason, updated_utc)
            VALUES (@id, @shop, @ext, @status, @created, @createdUtc, @shipBy, @shipBySort, @shopUpdated,
                    @recipient, @carrier, @tote, @waybill, @reason, @now)
            ON CONFLICT DO NOTHING
            """, cancellationToken, [.. Values(order, nowMs), Pg.Text("shop", order.Shop), Pg.Text("ext", order.ExternalId)]);
        if (inserted == 0)
            return false;
        await InsertLinesAsync(connection, transaction, order, cancellationToken);
        return true;
    }

    public static async Task<bool> TryUpdateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Order order, Order seen,
        bool linesChanged, long nowMs, CancellationToken cancellationToken)
    {
        var updated = await Pg.ExecuteAsync(connection, transaction,
            """
            UPDATE orders SET status = @status, created_at = @created, created_utc = @createdUtc, ship_by = @shipBy,
                   ship_by_sort = @shipBySort, shop_updated_utc = @shopUpdated, recipient = @recipient, carrier = @carrier,
                   tote = COALESCE(@tote, tote), waybill = COALESCE(@waybill, waybill), hold_reason = @reason,
                   claimed_by = CASE WHEN @status = 'in-progress' THEN claimed_by END,
                   claim_expires_utc = CASE WHEN @status = 'in-progress' THEN claim_expires_utc END,
                   updated_utc = @now
            WHERE id = @id AND status = @seenStatus AND hold_reason IS NOT DISTINCT FROM @seenReason
              AND shop_updated_utc IS NOT DISTINCT FROM @seenShopUpdated
            """, cancellationToken, [.. Values(order, nowMs), Pg.Text("seenStatus", seen.Status.ToText()), Pg.Text("seenReason", seen.HoldReason),
                Pg.Long("seenShopUpdated", seen.ShopUpdatedAt is { } u ? StoredValues.Ms(u) : null)]);
        if (updated == 0)
            return false;
        if (linesChanged)
        {
            await Pg.ExecuteAsync(connection, transaction, "DELETE FROM order_lines WHERE order_id = @id", cancellationToken, Pg.Text("id", order.Id));
            await InsertLinesAsync(connection, transaction, order, cancellationToken);
        }

        return true;
    }

    private static NpgsqlParameter[] Values(Order order, long nowMs) =>
    [
        Pg.Text("id", order.Id),
        Pg.Text("status", order.Status.ToText()),
        Pg.Text("created", StoredValues.Iso(order.CreatedAt)),
        Pg.Long("createdUtc", StoredValues.Ms(order.CreatedAt)),
        Pg.Text("shipBy", order.ShipBy is { } s ? StoredValues.Iso(s) : null),
        Pg.Long("shipBySort", order.ShipBy is { } t ? StoredValues.Ms(t) : long.MaxValue),
        Pg.Long("shopUpdated", order.ShopUpdatedAt is { } u ? StoredValues.Ms(u) : null),
        Pg.Text("recipient", StoreJson.Write(order.Recipient)),
        Pg.Text("carrier", order.Carrier),
        Pg.Text("tote", order.Tote),
        Pg.Text("waybill", order.Waybill),
        Pg.Text("reason", order.HoldReason),
        Pg.Long("now", nowMs),
    ];

    /// <summary>All lines of the order in one statement (arrays unnested on the server).</summary>
    private static Task<int> InsertLinesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Order order, CancellationToken cancellationToken) =>
        order.Lines.Count == 0
            ? Task.FromResult(0)
            : Pg.ExecuteAsync(connection, transaction,
                """
                INSERT INTO order_lines (order_id, line_no, sku, title, quantity, unit_grams)
                SELECT @id, n, sku, title, quantity, grams FROM unnest(@skus, @titles, @quantities, @grams) WITH ORDINALITY AS l (sku, title, quantity, grams, n)
                """, cancellationToken, Pg.Text("id", order.Id), Pg.Texts("skus", order.Lines.Select(l => l.Sku).ToArray()),
                Pg.Texts("titles", order.Lines.Select(l => l.Title).ToArray()),
                Pg.Ints("quantities", order.Lines.Select(l => (int?)l.Quantity).ToArray()), Pg.Ints("grams", order.Lines.Select(l => l.UnitGrams).ToArray()));
}
