using Microsoft.Data.Sqlite;
using PackStation.Domain.Orders;
using PackStation.Domain.Packing;

namespace PackStation.Storage.Sqlite;

/// <summary>Reads order rows (in the order of <see cref="Columns"/>) and their lines.</summary>
internal static class OrderRows
{
    public const string Columns =
        "id, shop, external_id, status, created_at, ship_by, shop_updated_utc, recipient, carrier, tote, waybill, hold_reason, claimed_by, claim_expires_utc, progress";

    /// <summary>The first order matching <paramref name="where"/> (a condition, optionally with ORDER BY), with its lines.</summary>
    public static async Task<(Order Order, string? ClaimedBy, OrderProgress Progress)?> FindOneAsync(SqliteConnection connection,
        SqliteTransaction? transaction, string where, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        var rows = await FindAsync(connection, transaction, where + " LIMIT 1", cancellationToken, parameters);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>The orders matching <paramref name="whereAndOrder"/>, with their lines.</summary>
    public static async Task<List<(Order Order, string? ClaimedBy, OrderProgress Progress)>> FindAsync(SqliteConnection connection,
        SqliteTransaction? transaction, string whereAndOrder, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        var rows = new List<(Order, string?, OrderProgress)>();
        using (var command = Sql.Command(connection, transaction, $"SELECT {Columns} FROM orders WHERE {whereAndOrder}", parameters))
        using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                rows.Add(Read(reader));
        }

        if (rows.Count == 0)
            return rows;
        var lines = await ReadLinesAsync(connection, transaction, rows.Select(r => r.Item1.Id).ToList(), cancellationToken);
        return rows.Select(r => (r.Item1 with { Lines = lines.GetValueOrDefault(r.Item1.Id) ?? [] }, r.Item2, r.Item3)).ToList();
    }

    public static (Order Order, string? ClaimedBy, OrderProgress Progress) Read(SqliteDataReader r)
    {
        var id = r.GetString(0);
        var order = new Order
        {
            Id = id,
            Shop = r.GetString(1),
            ExternalId = r.GetString(2),
            Status = OrderStatusNames.Parse(r.GetString(3)),
            CreatedAt = Sql.ParseIso(r.GetString(4)),
            ShipBy = Sql.NullableString(r, 5) is { } shipBy ? Sql.ParseIso(shipBy) : null,
            ShopUpdatedAt = Sql.NullableLong(r, 6) is { } updated ? Sql.FromMs(updated) : null,
            Recipient = StoreJson.Read<Recipient>(r.GetString(7)),
            Carrier = Sql.NullableString(r, 8),
            Tote = Sql.NullableString(r, 9),
            Waybill = Sql.NullableString(r, 10),
            HoldReason = Sql.NullableString(r, 11),
            Lines = [],
        };
        var progress = Sql.NullableString(r, 14) is { } json ? StoreJson.Read<OrderProgress>(json) : OrderProgress.Empty(id);
        return (order, Sql.NullableString(r, 12), progress);
    }

    public static async Task<Dictionary<string, List<OrderLine>>> ReadLinesAsync(
        SqliteConnection connection, SqliteTransaction? transaction, IReadOnlyList<string> orderIds, CancellationToken cancellationToken)
    {
        var lines = new Dictionary<string, List<OrderLine>>(StringComparer.Ordinal);
        // Batches stay well under SQLite's parameter limit.
        foreach (var batch in orderIds.Chunk(500))
        {
            var names = batch.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            using var command = Sql.Command(connection, transaction,
                $"SELECT order_id, sku, title, quantity, unit_grams FROM order_lines WHERE order_id IN ({string.Join(',', names)}) ORDER BY order_id, line_no",
                batch.Select((id, i) => (names[i], (object?)id)).ToArray());
            using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var orderId = reader.GetString(0);
                if (!lines.TryGetValue(orderId, out var list))
                    lines[orderId] = list = [];
                list.Add(new OrderLine(reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetInt32(4)));
            }
        }

        return lines;
    }
}
