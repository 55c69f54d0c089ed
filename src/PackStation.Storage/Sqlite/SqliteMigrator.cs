using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PackStation.Storage.Sqlite;

/// <summary>
/// Applies the embedded <c>Migrations/NNNN_name.sql</c> scripts in name order, each once, each in its own immediate
/// transaction, recording them in <c>schema_migrations</c>. Concurrent starts are safe: the transaction serialises them.
/// Feature migrations use their own number range (0100 printing, 0200 shops, 0300 tracking numbers).
/// </summary>
public static class SqliteMigrator
{
    private const string ResourcePrefix = "PackStation.Storage.Sqlite.Migrations.";

    public static IReadOnlyList<string> Scripts { get; } = typeof(SqliteMigrator).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..^4])
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static async Task<int> MigrateAsync(SqliteConnection connection, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(clock);
        await ExecuteAsync(connection, null, "CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL);", cancellationToken);
        var applied = 0;
        foreach (var script in Scripts)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            using (var check = connection.CreateCommand())
            {
                check.Transaction = transaction;
                check.CommandText = "SELECT COUNT(*) FROM schema_migrations WHERE id = $id";
                check.Parameters.AddWithValue("$id", script);
                if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0)
                    continue;
            }

            await ExecuteAsync(connection, transaction, ReadScript(script), cancellationToken);
            using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations (id, applied_at) VALUES ($id, $at)";
                record.Parameters.AddWithValue("$id", script);
                record.Parameters.AddWithValue("$at", clock.GetUtcNow().ToString("o", CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            transaction.Commit();
            applied++;
        }

        return applied;
    }

    private static string ReadScript(string name)
    {
        using var stream = typeof(SqliteMigrator).Assembly.GetManifestResourceStream(ResourcePrefix + name + ".sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
