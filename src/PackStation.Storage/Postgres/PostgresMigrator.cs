using System.Globalization;
using Npgsql;

namespace PackStation.Storage.Postgres;

/// <summary>
/// Applies the embedded <c>Postgres/Migrations/NNNN_name.sql</c> scripts in name order, each once, each in its own
/// transaction, recording them in <c>schema_migrations</c>. Several hosts starting at once are serialised by a
/// transaction-scoped advisory lock, so each script runs once on the server.
/// </summary>
internal static class PostgresMigrator
{
    private const string ResourcePrefix = "PackStation.Storage.Postgres.Migrations.";

    /// <summary>The advisory lock key of migrations (any constant unique to PackStation).</summary>
    private const long MigrationLock = 0x5041_434B_4D49_4752; // "PACKMIGR"

    public static IReadOnlyList<string> Scripts { get; } = typeof(PostgresMigrator).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..^4])
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static async Task<int> MigrateAsync(NpgsqlDataSource dataSource, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var applied = 0;
        foreach (var script in Scripts)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await Pg.ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", cancellationToken, Pg.Long("key", MigrationLock));
            await Pg.ExecuteAsync(connection, transaction,
                "CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)", cancellationToken);
            var done = await Pg.ScalarAsync(connection, transaction, "SELECT 1 FROM schema_migrations WHERE id = @id", cancellationToken, Pg.Text("id", script));
            if (done is not null)
            {
                await transaction.CommitAsync(cancellationToken);
                continue;
            }

            await Pg.ExecuteAsync(connection, transaction, ReadScript(script), cancellationToken);
            await Pg.ExecuteAsync(connection, transaction, "INSERT INTO schema_migrations (id, applied_at) VALUES (@id, @at)", cancellationToken,
                Pg.Text("id", script), Pg.Text("at", clock.GetUtcNow().ToString("o", CultureInfo.InvariantCulture)));
            await transaction.CommitAsync(cancellationToken);
            applied++;
        }

        return applied;
    }

    private static string ReadScript(string name)
    {
        using var stream = typeof(PostgresMigrator).Assembly.GetManifestResourceStream(ResourcePrefix + name + ".sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
