using Npgsql;
using PackStation.Domain.Ports;
using PackStation.Domain.Shipping;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Postgres;

/// <summary>The shipment-confirmation outbox on PostgreSQL; every change names the state it leaves.</summary>
internal sealed class PostgresOutboxStore(PostgresDatabase database) : IOutboxStore
{
    public Task<IReadOnlyList<ShipmentConfirmation>> GetDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        ReadAsync("state = 'pending' AND next_attempt_utc <= @now ORDER BY next_attempt_utc, id LIMIT @limit", cancellationToken,
            Pg.Long("now", StoredValues.Ms(now)), Pg.Int("limit", limit));

    public Task<IReadOnlyList<ShipmentConfirmation>> ListAsync(ConfirmationState? state, int limit, CancellationToken cancellationToken) =>
        ReadAsync("(@state::text IS NULL OR state = @state) ORDER BY id LIMIT @limit", cancellationToken,
            Pg.Text("state", state?.ToString().ToLowerInvariant()), Pg.Int("limit", limit));

    public Task MarkDeliveredAsync(long id, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Pg.ExecuteAsync(connection, transaction,
            "UPDATE outbox SET state = 'delivered', delivered_at = @at, attempts = attempts + 1, last_error = NULL WHERE id = @id",
            cancellationToken, Pg.Long("id", id), Pg.Text("at", StoredValues.Iso(at))), cancellationToken);

    public Task MarkFailedAsync(long id, string error, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Pg.ExecuteAsync(connection, transaction,
            """
            UPDATE outbox SET attempts = attempts + 1, last_error = @error,
                   state = CASE WHEN @next::bigint IS NULL THEN 'parked' ELSE 'pending' END, next_attempt_utc = @next
            WHERE id = @id AND state = 'pending'
            """, cancellationToken, Pg.Long("id", id), Pg.Text("error", error),
            Pg.Long("next", nextAttemptAt is { } n ? StoredValues.Ms(n) : null)), cancellationToken);

    public Task<int> CountPendingAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => Convert.ToInt32(await Pg.ScalarAsync(connection, null,
            "SELECT COUNT(*) FROM outbox WHERE state = 'pending'", cancellationToken), System.Globalization.CultureInfo.InvariantCulture), cancellationToken);

    public async Task<ShipmentConfirmation?> FindAsync(long id, CancellationToken cancellationToken) =>
        (await ReadAsync("id = @id", cancellationToken, Pg.Long("id", id))) is [var found, ..] ? found : null;

    public async Task<ShipmentConfirmation?> FindForOrderAsync(string orderId, CancellationToken cancellationToken) =>
        (await ReadAsync("order_id = @order", cancellationToken, Pg.Text("order", orderId))) is [var found, ..] ? found : null;

    public Task<bool> RetryParkedAsync(long id, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Pg.ExecuteAsync(connection, transaction,
            "UPDATE outbox SET state = 'pending', next_attempt_utc = @at WHERE id = @id AND state = 'parked'",
            cancellationToken, Pg.Long("id", id), Pg.Long("at", StoredValues.Ms(at))) == 1, cancellationToken);

    public Task<bool> CloseParkedAsync(long id, DateTimeOffset at, string note, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Pg.ExecuteAsync(connection, transaction,
            "UPDATE outbox SET state = 'delivered', delivered_at = @at, next_attempt_utc = NULL, last_error = @note WHERE id = @id AND state = 'parked'",
            cancellationToken, Pg.Long("id", id), Pg.Text("at", StoredValues.Iso(at)), Pg.Text("note", note)) == 1, cancellationToken);

    /// <summary>Parks an order's pending confirmation inside the caller's transaction (the shop cancelled a packed order).</summary>
    public static Task<int> ParkConfirmationAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string orderId, string reason,
        CancellationToken cancellationToken) =>
        Pg.ExecuteAsync(connection, transaction,
            "UPDATE outbox SET state = 'parked', last_error = @reason, next_attempt_utc = NULL WHERE order_id = @id AND state = 'pending'",
            cancellationToken, Pg.Text("id", orderId), Pg.Text("reason", reason));

    private Task<IReadOnlyList<ShipmentConfirmation>> ReadAsync(string where, CancellationToken cancellationToken, params NpgsqlParameter[] parameters) =>
        database.ReadAsync(async connection => (IReadOnlyList<ShipmentConfirmation>)await Pg.ListAsync(connection, null,
            $"SELECT {StoredRows.OutboxColumns} FROM outbox WHERE {where}", StoredRows.Confirmation, cancellationToken, parameters), cancellationToken);
}
