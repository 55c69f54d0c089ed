using Npgsql;
using PackStation.Domain.Claims;
using PackStation.Domain.Orders;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Postgres;

/// <summary>Reads orders with their lines (two queries: the rows, then every line of them at once).</summary>
internal static class PgOrderRows
{
    public static async Task<ClaimedOrder?> FindOneAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string where,
        CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        var rows = await FindAsync(connection, transaction, where + " LIMIT 1", cancellationToken, parameters);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>The orders matching <paramref name="whereAndOrder"/> (a condition, optionally ORDER BY and LIMIT), with their lines.</summary>
    public static async Task<List<ClaimedOrder>> FindAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string whereAndOrder,
        CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        var rows = await Pg.ListAsync(connection, transaction, $"SELECT {StoredRows.OrderColumns} FROM orders WHERE {whereAndOrder}",
            StoredRows.Order, cancellationToken, parameters);
        return await WithLinesAsync(connection, transaction, rows, cancellationToken);
    }

    /// <summary>Fills in the lines of orders read by a statement of the caller's (e.g. an UPDATE … RETURNING).</summary>
    public static async Task<List<ClaimedOrder>> WithLinesAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction,
        List<ClaimedOrder> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
            return rows;
        var lines = new Dictionary<string, List<OrderLine>>(StringComparer.Ordinal);
        await using (var command = Pg.Command(connection, transaction,
            "SELECT order_id, sku, title, quantity, unit_grams FROM order_lines WHERE order_id = ANY(@ids) ORDER BY order_id, line_no",
            Pg.Texts("ids", rows.Select(r => r.Order.Id).ToArray())))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var orderId = reader.GetString(0);
                if (!lines.TryGetValue(orderId, out var list))
                    lines[orderId] = list = [];
                list.Add(StoredRows.Line(reader, 1));
            }
        }

        return rows.Select(r => r with { Order = r.Order with { Lines = lines.GetValueOrDefault(r.Order.Id) ?? [] } }).ToList();
    }
}
