using PackStation.Domain.Ports;

namespace PackStation.Storage.Postgres;

/// <summary>The shops' sync cursors on PostgreSQL.</summary>
internal sealed class PostgresSyncStateStore(PostgresDatabase database) : ISyncStateStore
{
    public Task<string?> GetCursorAsync(string shop, string name, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => await Pg.ScalarAsync(connection, null,
            "SELECT value FROM sync_state WHERE shop = @shop AND name = @name", cancellationToken, Pg.Text("shop", shop), Pg.Text("name", name)) as string,
            cancellationToken);

    public Task SetCursorAsync(string shop, string name, string value, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Pg.ExecuteAsync(connection, transaction,
            """
            INSERT INTO sync_state (shop, name, value) VALUES (@shop, @name, @value)
            ON CONFLICT (shop, name) DO UPDATE SET value = excluded.value
            """, cancellationToken, Pg.Text("shop", shop), Pg.Text("name", name), Pg.Text("value", value)), cancellationToken);
}
