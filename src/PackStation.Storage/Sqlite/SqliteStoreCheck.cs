using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace PackStation.Storage.Sqlite;

/// <summary>
/// Looks at the store file before anything opens it for writing: a missing file is a new store only as
/// <see cref="StoreOptions.Create"/> allows; an empty one (0 bytes, or no tables) is refused unless told to make a store
/// in it; a SQLite file that is not a PackStation store is refused; and <c>PRAGMA quick_check</c>, bounded by
/// <see cref="StoreOptions.CheckTimeout"/>, refuses a damaged one — the service never runs on a store it would lose data in.
/// </summary>
internal static partial class SqliteStoreCheck
{
    private const string Backups = "restore it from the last backup (docs/operations.md, \"Backups\")";

    public static async Task CheckAsync(SqliteConnectionFactory connections, StoreOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(connections.DataSource);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            if (options.Create == StoreCreation.Never)
                throw new StoreException($"Store:ConnectionString: the database {path} does not exist, and Store:Create is Never " +
                    "(is its disk mounted?). Put the site's store back there (from the last backup, docs/operations.md \"Backups\"), " +
                    "or set Store:Create=IfMissing to start a new site.");
            return;
        }

        if (file.Length == 0)
        {
            if (options.Create == StoreCreation.IfEmpty)
                return;
            throw new StoreException($"Store:ConnectionString: the database {path} is an empty file (0 bytes), not a store. If the site's store " +
                $"should be there, {Backups}; to make a new store in this file, start once with Store:Create=IfEmpty.");
        }

        try
        {
            await using var connection = await connections.OpenForReadAsync(cancellationToken);
            var tables = await ScalarAsync(connection, "SELECT group_concat(name) FROM sqlite_master WHERE type = 'table'", cancellationToken) as string;
            if (string.IsNullOrEmpty(tables))
            {
                if (options.Create == StoreCreation.IfEmpty)
                    return;
                throw new StoreException($"Store:ConnectionString: the database {path} holds no tables: it is not the site's store. If it should be, " +
                    $"{Backups}; to make a new store in this file, start once with Store:Create=IfEmpty.");
            }

            if (!tables.Split(',').Contains("schema_migrations", StringComparer.Ordinal))
                throw new StoreException($"Store:ConnectionString: {path} is a SQLite database but not a PackStation store (no schema_migrations table).");
            await QuickCheckAsync(connection, path, options.CheckTimeout, logger, cancellationToken);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 11 or 26)
        {
            throw Damaged(path, e.Message, e);
        }
    }

    private static async Task QuickCheckAsync(SqliteConnection connection, string path, TimeSpan timeout, ILogger logger, CancellationToken cancellationToken)
    {
        if (timeout <= TimeSpan.Zero)
            return;
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(timeout);
        try
        {
            var result = await ScalarAsync(connection, "PRAGMA quick_check(5)", bounded.Token) as string;
            if (result != "ok")
                throw Damaged(path, "quick_check: " + result, null);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && bounded.IsCancellationRequested
            && e is OperationCanceledException or SqliteException { SqliteErrorCode: 9 })
        {
            LogCheckCut(logger, path, timeout);
        }
    }

    private static StoreException Damaged(string path, string problem, Exception? inner)
    {
        var message = $"Store:ConnectionString: the database {path} is damaged ({problem.Trim()}). The service does not run on it, so " +
            $"nothing more is lost: {Backups}, or move the file away to start a new empty site.";
        return inner is null ? new StoreException(message) : new StoreException(message, inner);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "The store {Path} was checked only in part: quick_check did not finish within {Timeout} (Store:CheckTimeout)")]
    private static partial void LogCheckCut(ILogger logger, string path, TimeSpan timeout);
}
