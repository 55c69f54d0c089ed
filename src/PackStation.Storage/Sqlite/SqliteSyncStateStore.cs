using PackStation.Domain.Ports;

namespace PackStation.Storage.Sqlite;

/// <summary>The shops' sync cursors.</summary>
internal sealed class SqliteSyncStateStore(SqliteDatabase database) : ISyncStateStore
{
    public Task<string?> GetCursorAsync(string shop, string name, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            using var command = Sql.Command(connection, null, "SELECT value FROM sync_state WHERE shop = $shop AND name = $name", ("$shop", shop), ("$name", name));
            return await command.ExecuteScalarAsync(cancellationToken) as string;
        }, cancellationToken);

    public Task SetCursorAsync(string shop, string name, string value, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Sql.ExecuteAsync(connection, transaction,
            """
            INSERT INTO sync_state (shop, name, value) VALUES ($shop, $name, $value)
            ON CONFLICT (shop, name) DO UPDATE SET value = excluded.value
            """, cancellationToken, ("$shop", shop), ("$name", name), ("$value", value)), cancellationToken);
}
