using Microsoft.Data.Sqlite;
using PackStation.Domain.Claims;
using PackStation.Domain.Orders;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Sqlite;

/// <summary>Reads order rows (in the order of <see cref="Columns"/>) and their lines.</summary>
internal static class OrderRows
{
    public const string Columns = StoredRows.OrderColumns;

    /// <summary>The first order matching <paramref name="where"/> (a condition, optionally with ORDER BY), with its lines.</summary>
    public static async Task<ClaimedOrder?> FindOneAsync(SqliteConnection connection,
        SqliteTransaction? transaction, string where, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        var rows = await FindAsync(connection, transaction, where + " LIMIT 1", cancellationToken, parameters);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>The orders matching <paramref name="whereAndOrder"/>, with their lines.</summary>
    public static async Task<List<ClaimedOrder>> FindAsync(SqliteConnection connection,
        SqliteTransaction? transaction, string whereAndOrder, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        var rows = new List<ClaimedOrder>();
        using (var command = Sql.Command(connection, transaction, $"SELECT {Columns} FROM orders WHERE {whereAndOrder}", parameters))
        using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                rows.Add(Read(reader));
        }

        if (rows.Count == 0)
            return rows;
        var lines = await ReadLinesAsync(connection, transaction, rows.Select(r => r.Order.Id).ToList(), cancellationToken);
        return rows.Select(r => r with { Order = r.Order with { Lines = lines.GetValueOrDefault(r.Order.Id) ?? [] } }).ToList();
    }

    public static ClaimedOrder Read(SqliteDataReader r) => StoredRows.Order(r);

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
                list.Add(StoredRows.Line(reader, 1));
            }
        }

        return lines;
    }
}
