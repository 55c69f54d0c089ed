using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace PackStation.Storage.Copy;

/// <summary>
/// <c>packstation store copy --to "…"</c>: moves a site from its SQLite store to an empty PostgreSQL database. The
/// target is migrated and must hold no rows; the source is read in one read transaction (a consistent snapshot, so
/// the service may keep running) and written in one transaction with binary COPY, table by table in the order their
/// foreign keys need; identity sequences continue after the copied ids; then the rows of every table are counted on
/// both sides. Nothing is copied when a table or column of the source has no place on the target.
/// </summary>
public static class StoreCopy
{
    /// <summary>Leases belong to running processes of the source, not to the site: they are not copied.</summary>
    private static readonly HashSet<string> NotCopied = new(StringComparer.Ordinal) { "schema_migrations", "leases" };

    /// <summary>
    /// Before the target is migrated: refuses a database that already holds tables which are not a PackStation store
    /// (the copy must not mix a site into someone else's data). A migrated, empty PackStation database is fine.
    /// </summary>
    public static async Task EnsureNoForeignTablesAsync(string postgresConnectionString, CancellationToken cancellationToken)
    {
        await using var postgres = new NpgsqlConnection(postgresConnectionString);
        await postgres.OpenAsync(cancellationToken);
        var names = new List<string>();
        await using var command = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name", postgres);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            names.Add(reader.GetString(0));
        if (names.Count > 0 && !names.Contains("schema_migrations"))
            throw new StoreException($"store copy: the target database is not empty: it holds tables that are not a PackStation store " +
                $"({string.Join(", ", names.Take(5))}{(names.Count > 5 ? ", …" : "")}); copy into an empty database only.");
    }

    public static async Task<IReadOnlyList<CopiedTable>> CopyAsync(string sqliteConnectionString, string postgresConnectionString,
        TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var source = new SqliteConnectionStringBuilder(sqliteConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var sqlite = new SqliteConnection(source.ToString());
        await sqlite.OpenAsync(cancellationToken);
        await using var snapshot = sqlite.BeginTransaction(deferred: true);
        var sourceTables = await SqliteTables.ReadAsync(sqlite, snapshot, NotCopied, cancellationToken);

        await using var postgres = new NpgsqlConnection(postgresConnectionString);
        await postgres.OpenAsync(cancellationToken);
        var targetTables = await PostgresTables.ReadAsync(postgres, NotCopied, cancellationToken);
        var plan = CopyPlan.Make(sourceTables, targetTables);

        await using (var transaction = await postgres.BeginTransactionAsync(cancellationToken))
        {
            foreach (var table in plan)
            {
                var rows = await TableCopier.CopyAsync(sqlite, snapshot, postgres, table, cancellationToken);
                await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"store copy: {table.Name}: {rows} rows"));
            }

            foreach (var table in plan)
                await TableCopier.ContinueSequencesAsync(postgres, table, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var verified = new List<CopiedTable>();
        foreach (var table in plan)
        {
            var expected = await SqliteTables.CountAsync(sqlite, snapshot, table.Name, cancellationToken);
            var copied = await PostgresTables.CountAsync(postgres, table.Name, cancellationToken);
            if (expected != copied)
                throw new StoreException(string.Create(CultureInfo.InvariantCulture,
                    $"store copy: {table.Name} has {expected} rows in the SQLite store but {copied} on PostgreSQL after the copy."));
            verified.Add(new CopiedTable(table.Name, copied));
        }

        return verified;
    }
}
