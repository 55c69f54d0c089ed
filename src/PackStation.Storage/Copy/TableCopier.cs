using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace PackStation.Storage.Copy;

/// <summary>Copies one table's rows from the SQLite snapshot to PostgreSQL with binary COPY, converting each value to the target column's type.</summary>
internal static class TableCopier
{
    public static async Task<long> CopyAsync(SqliteConnection sqlite, SqliteTransaction snapshot, NpgsqlConnection postgres, TablePlan table,
        CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", table.Columns.Select(c => $"\"{c}\""));
        var types = table.TargetTypes.Select(TypeOf).ToArray();
        await using var read = SqliteTables.Command(sqlite, snapshot, $"SELECT {columns} FROM \"{table.Name}\" ORDER BY rowid");
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        await using var importer = await postgres.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < types.Length; i++)
            {
                if (reader.IsDBNull(i))
                    await importer.WriteNullAsync(cancellationToken);
                else
                    await importer.WriteAsync(Convert(reader.GetValue(i), types[i], table, i), types[i], cancellationToken);
            }

            rows++;
        }

        await importer.CompleteAsync(cancellationToken);
        return rows;
    }

    /// <summary>Identity columns continue after the highest copied id (a new row never takes a copied one's id).</summary>
    public static async Task ContinueSequencesAsync(NpgsqlConnection postgres, TablePlan table, CancellationToken cancellationToken)
    {
        foreach (var column in table.Identities)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence(@t, @c), coalesce(max(\"{column}\"), 1), max(\"{column}\") IS NOT NULL) FROM \"{table.Name}\"",
                postgres);
            command.Parameters.AddWithValue("t", table.Name);
            command.Parameters.AddWithValue("c", column);
            await command.ExecuteScalarAsync(cancellationToken);
        }
    }

    private static NpgsqlDbType TypeOf(string dataType) => dataType switch
    {
        "text" or "character varying" or "character" => NpgsqlDbType.Text,
        "bigint" => NpgsqlDbType.Bigint,
        "integer" => NpgsqlDbType.Integer,
        "smallint" => NpgsqlDbType.Smallint,
        "boolean" => NpgsqlDbType.Boolean,
        "bytea" => NpgsqlDbType.Bytea,
        "double precision" => NpgsqlDbType.Double,
        "real" => NpgsqlDbType.Real,
        "numeric" => NpgsqlDbType.Numeric,
        "jsonb" => NpgsqlDbType.Jsonb,
        "json" => NpgsqlDbType.Json,
        _ => throw new StoreException($"store copy: the target has a column of type {dataType}, which this build does not copy into."),
    };

    private static object Convert(object value, NpgsqlDbType type, TablePlan table, int column)
    {
        try
        {
            return type switch
            {
                NpgsqlDbType.Text or NpgsqlDbType.Jsonb or NpgsqlDbType.Json => value as string ?? System.Convert.ToString(value, CultureInfo.InvariantCulture)!,
                NpgsqlDbType.Bigint => System.Convert.ToInt64(value, CultureInfo.InvariantCulture),
                NpgsqlDbType.Integer => System.Convert.ToInt32(value, CultureInfo.InvariantCulture),
                NpgsqlDbType.Smallint => System.Convert.ToInt16(value, CultureInfo.InvariantCulture),
                NpgsqlDbType.Boolean => System.Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
                NpgsqlDbType.Bytea => value as byte[] ?? Encoding.UTF8.GetBytes(System.Convert.ToString(value, CultureInfo.InvariantCulture)!),
                NpgsqlDbType.Double => System.Convert.ToDouble(value, CultureInfo.InvariantCulture),
                NpgsqlDbType.Real => System.Convert.ToSingle(value, CultureInfo.InvariantCulture),
                _ => System.Convert.ToDecimal(value, CultureInfo.InvariantCulture),
            };
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw new StoreException($"store copy: a value of {table.Name}.{table.Columns[column]} does not fit the target column ({e.Message}).", e);
        }
    }
}
