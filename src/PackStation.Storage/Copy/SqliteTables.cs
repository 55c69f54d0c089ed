using Microsoft.Data.Sqlite;

namespace PackStation.Storage.Copy;

/// <summary>The tables of a SQLite store as <see cref="StoreCopy"/> reads them, within its snapshot.</summary>
internal static class SqliteTables
{
    public static async Task<IReadOnlyList<SourceTable>> ReadAsync(SqliteConnection connection, SqliteTransaction snapshot,
        IReadOnlySet<string> skipped, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await using (var command = Command(connection, snapshot,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                names.Add(reader.GetString(0));
        }

        if (!names.Contains("schema_migrations"))
            throw new StoreException("store copy: the configured SQLite database is not a PackStation store (no schema_migrations table).");
        var tables = new List<SourceTable>();
        foreach (var name in names.Where(n => !skipped.Contains(n)))
        {
            var columns = new List<string>();
            await using (var command = Command(connection, snapshot, $"SELECT name FROM pragma_table_info('{name}') ORDER BY cid"))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                    columns.Add(reader.GetString(0));
            }

            tables.Add(new SourceTable(name, columns, await CountAsync(connection, snapshot, name, cancellationToken)));
        }

        return tables;
    }

    public static async Task<long> CountAsync(SqliteConnection connection, SqliteTransaction snapshot, string table, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, snapshot, $"SELECT count(*) FROM \"{table}\"");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction snapshot, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = snapshot;
        command.CommandText = sql;
        return command;
    }
}
