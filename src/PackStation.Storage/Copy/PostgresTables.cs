using Npgsql;

namespace PackStation.Storage.Copy;

/// <summary>The tables of the PostgreSQL target in its current schema, as <see cref="StoreCopy"/> needs them.</summary>
internal static class PostgresTables
{
    public static async Task<IReadOnlyList<TargetTable>> ReadAsync(NpgsqlConnection connection, IReadOnlySet<string> skipped,
        CancellationToken cancellationToken)
    {
        var columns = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var identities = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand(
            """
            SELECT table_name, column_name, data_type, is_identity = 'YES' OR coalesce(column_default, '') LIKE 'nextval(%'
            FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var table = reader.GetString(0);
                if (!columns.TryGetValue(table, out var of))
                    columns[table] = of = new Dictionary<string, string>(StringComparer.Ordinal);
                of[reader.GetString(1)] = reader.GetString(2);
                if (reader.GetBoolean(3))
                    (identities.TryGetValue(table, out var ids) ? ids : identities[table] = []).Add(reader.GetString(1));
            }
        }

        var references = await ReferencesAsync(connection, cancellationToken);
        var tables = new List<TargetTable>();
        foreach (var (name, of) in columns.Where(c => !skipped.Contains(c.Key)))
        {
            tables.Add(new TargetTable(name, of, identities.GetValueOrDefault(name) ?? [],
                references.GetValueOrDefault(name) ?? [], await CountAsync(connection, name, cancellationToken)));
        }

        return tables;
    }

    public static async Task<long> CountAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>For each table, the other tables its foreign keys reference.</summary>
    private static async Task<Dictionary<string, List<string>>> ReferencesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var references = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(
            """
            SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c
            WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace AND c.conrelid <> c.confrelid
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            (references.TryGetValue(reader.GetString(0), out var of) ? of : references[reader.GetString(0)] = []).Add(reader.GetString(1));
        return references;
    }
}
