using Microsoft.Data.Sqlite;
using PackStation.Domain.Ports;
using PackStation.Domain.Shipping;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Sqlite;

/// <summary>The shipment-confirmation outbox.</summary>
internal sealed class SqliteOutboxStore(SqliteDatabase database) : IOutboxStore
{
    private const string OutboxColumns = StoredRows.OutboxColumns;

    public Task<IReadOnlyList<ShipmentConfirmation>> GetDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        ReadOutboxAsync("state = 'pending' AND next_attempt_utc <= $now ORDER BY next_attempt_utc, id LIMIT $limit",
            cancellationToken, ("$now", Sql.Ms(now)), ("$limit", limit));

    public Task<IReadOnlyList<ShipmentConfirmation>> ListAsync(ConfirmationState? state, int limit, CancellationToken cancellationToken) =>
        ReadOutboxAsync("($state IS NULL OR state = $state) ORDER BY id LIMIT $limit",
            cancellationToken, ("$state", state?.ToString().ToLowerInvariant()), ("$limit", limit));

    public Task MarkDeliveredAsync(long id, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Sql.ExecuteAsync(connection, transaction,
            "UPDATE outbox SET state = 'delivered', delivered_at = $at, attempts = attempts + 1, last_error = NULL WHERE id = $id",
            cancellationToken, ("$id", id), ("$at", Sql.Iso(at))), cancellationToken);

    public Task MarkFailedAsync(long id, string error, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Sql.ExecuteAsync(connection, transaction,
            """
            UPDATE outbox SET attempts = attempts + 1, last_error = $error,
                   state = CASE WHEN $next IS NULL THEN 'parked' ELSE 'pending' END, next_attempt_utc = $next
            WHERE id = $id AND state = 'pending'
            """, cancellationToken, ("$id", id), ("$error", error), ("$next", nextAttemptAt is { } n ? Sql.Ms(n) : null)), cancellationToken);

    public Task<int> CountPendingAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => (int)await Sql.ScalarAsync(connection, null, "SELECT COUNT(*) FROM outbox WHERE state = 'pending'", cancellationToken), cancellationToken);

    public async Task<ShipmentConfirmation?> FindAsync(long id, CancellationToken cancellationToken) =>
        (await ReadOutboxAsync("id = $id", cancellationToken, ("$id", id))) is [var found, ..] ? found : null;

    public async Task<ShipmentConfirmation?> FindForOrderAsync(string orderId, CancellationToken cancellationToken) =>
        (await ReadOutboxAsync("order_id = $order", cancellationToken, ("$order", orderId))) is [var found, ..] ? found : null;

    public Task<bool> RetryParkedAsync(long id, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Sql.ExecuteAsync(connection, transaction,
            "UPDATE outbox SET state = 'pending', next_attempt_utc = $at WHERE id = $id AND state = 'parked'",
            cancellationToken, ("$id", id), ("$at", Sql.Ms(at))) == 1, cancellationToken);

    public Task<bool> CloseParkedAsync(long id, DateTimeOffset at, string note, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Sql.ExecuteAsync(connection, transaction,
            "UPDATE outbox SET state = 'delivered', delivered_at = $at, next_attempt_utc = NULL, last_error = $note WHERE id = $id AND state = 'parked'",
            cancellationToken, ("$id", id), ("$at", Sql.Iso(at)), ("$note", note)) == 1, cancellationToken);

    /// <summary>Parks an order's pending confirmation inside the caller's transaction (the shop cancelled a packed order).</summary>
    public static async Task ParkConfirmationAsync(SqliteConnection connection, SqliteTransaction transaction, string orderId, string reason, CancellationToken cancellationToken) =>
        await Sql.ExecuteAsync(connection, transaction,
            "UPDATE outbox SET state = 'parked', last_error = $reason, next_attempt_utc = NULL WHERE order_id = $id AND state = 'pending'",
            cancellationToken, ("$id", orderId), ("$reason", reason));

    private Task<IReadOnlyList<ShipmentConfirmation>> ReadOutboxAsync(string where, CancellationToken cancellationToken, params (string, object?)[] parameters) =>
        database.ReadAsync(async connection =>
        {
            var list = new List<ShipmentConfirmation>();
            using var command = Sql.Command(connection, null, $"SELECT {OutboxColumns} FROM outbox WHERE {where}", parameters);
            using var r = await command.ExecuteReaderAsync(cancellationToken);
            while (await r.ReadAsync(cancellationToken))
                list.Add(StoredRows.Confirmation(r));

            return (IReadOnlyList<ShipmentConfirmation>)list;
        }, cancellationToken);
}
