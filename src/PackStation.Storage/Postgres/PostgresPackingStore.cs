using Npgsql;
using PackStation.Domain.Events;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Postgres;

/// <summary>
/// A station's step on PostgreSQL: one transaction, sent as one batch (claim check, events, progress, parcels,
/// transition, confirmation) and committed before the station shows the result. The claim check locks the order's row,
/// so a step and another host's change to the same order happen one after the other.
/// </summary>
internal sealed class PostgresPackingStore(PostgresDatabase database) : IPackingStore
{
    public Task CommitAsync(PackCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (commit.IsEmpty)
            return Task.CompletedTask;
        return database.WriteAsync(async (connection, transaction) =>
        {
            var orderId = commit.Transition?.OrderId ?? commit.Progress?.OrderId;
            await using var batch = new NpgsqlBatch(connection, transaction);
            if (orderId is not null)
                Add(batch, "UPDATE orders SET updated_utc = @now WHERE id = @id AND status = 'in-progress' AND claimed_by = @station",
                    Pg.Long("now", database.NowMs), Pg.Text("id", orderId), Pg.Text("station", commit.StationId));
            AddChanges(batch, commit);
            try
            {
                await batch.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ForeignKeyViolation && orderId is not null)
            {
                throw new ClaimLostException($"Order {orderId} does not exist.", e);
            }

            if (orderId is not null && batch.BatchCommands[0].RecordsAffected != 1)
                throw await ClaimLostAsync(connection, transaction, orderId, commit.StationId, cancellationToken);
            return true;
        }, cancellationToken);
    }

    private void AddChanges(NpgsqlBatch batch, PackCommit commit)
    {
        var now = database.NowMs;
        if (commit.Events.Count > 0)
            Add(batch, PgEvents.Insert, PgEvents.Values(commit.Events));
        if (commit.Progress is { } progress)
        {
            Add(batch, "UPDATE orders SET progress = @p, updated_utc = @now WHERE id = @id",
                Pg.Text("p", StoreJson.Write(progress)), Pg.Long("now", now), Pg.Text("id", progress.OrderId));
            if (progress.TrackingNumbers.Count > 0)
                Add(batch, "INSERT INTO parcels (tracking, order_id, station, created_utc) SELECT t, @id, @s, @now FROM unnest(@t) AS t ON CONFLICT (tracking) DO NOTHING",
                    Pg.Texts("t", progress.TrackingNumbers.ToArray()), Pg.Text("id", progress.OrderId), Pg.Text("s", commit.StationId), Pg.Long("now", now));
        }

        if (commit.Transition is { } transition)
            AddTransition(batch, transition, now);
        if (commit.Confirmation is { } c)
            Add(batch,
                """
                INSERT INTO outbox (order_id, shop, external_id, carrier, tracking, packed_at, state, attempts, next_attempt_utc)
                VALUES (@order, @shop, @ext, @carrier, @tracking, @packed, 'pending', 0, @next)
                """, Pg.Text("order", c.OrderId), Pg.Text("shop", c.Shop), Pg.Text("ext", c.ExternalId), Pg.Text("carrier", c.Carrier),
                Pg.Text("tracking", StoreJson.Write(c.TrackingNumbers)), Pg.Text("packed", StoredValues.Iso(c.PackedAt)),
                Pg.Long("next", StoredValues.Ms(c.PackedAt)));
    }

    private static void AddTransition(NpgsqlBatch batch, OrderTransition transition, long now)
    {
        var id = Pg.Text("id", transition.OrderId);
        switch (transition.To)
        {
            case OrderStatus.Ready:
                Add(batch, "UPDATE orders SET status = 'ready', claimed_by = NULL, claim_expires_utc = NULL, progress = NULL, updated_utc = @now WHERE id = @id",
                    id, Pg.Long("now", now));
                break;
            case OrderStatus.Hold:
                Add(batch, "UPDATE orders SET status = 'hold', hold_reason = @reason, claimed_by = NULL, claim_expires_utc = NULL, updated_utc = @now WHERE id = @id",
                    id, Pg.Text("reason", transition.Reason), Pg.Long("now", now));
                break;
            case OrderStatus.Packed:
                Add(batch, "UPDATE orders SET status = 'packed', claimed_by = NULL, claim_expires_utc = NULL, packed_utc = @now, updated_utc = @now WHERE id = @id",
                    id, Pg.Long("now", now));
                break;
            default:
                throw new ArgumentException($"A station cannot move an order to {transition.To}.", nameof(transition));
        }
    }

    private static async Task<ClaimLostException> ClaimLostAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string orderId,
        string stationId, CancellationToken cancellationToken)
    {
        var found = await Pg.ListAsync(connection, transaction, "SELECT status, claimed_by FROM orders WHERE id = @id",
            r => (Status: r.GetString(0), By: StoredValues.NullableString(r, 1)), cancellationToken, Pg.Text("id", orderId));
        return found.Count == 0
            ? new ClaimLostException($"Order {orderId} does not exist.")
            : new ClaimLostException($"Station {stationId} no longer holds order {orderId} (it is {found[0].Status}{(found[0].By is { } by ? " at " + by : "")}).");
    }

    private static void Add(NpgsqlBatch batch, string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        batch.BatchCommands.Add(command);
    }

    /// <summary>
    /// Events after a sequence number, for readers that follow the log (the dashboard). A sequence number is taken
    /// before its transaction commits, so commits can land out of order: only rows of transactions older than every
    /// writer of this database still running at the read (<see cref="Horizon"/>) are returned, and a row written by a
    /// transaction still open is never stepped over. Writers of other databases on the server do not hold it back.
    /// </summary>
    public Task<IReadOnlyList<PackEvent>> ReadEventsAsync(long afterSequence, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var columns = string.Join(", ", StoredRows.EventColumns.Split(", ").Select(c => "e." + c));
            var rows = await Pg.ListAsync(connection, null,
                $"{Horizon} SELECT {columns} FROM events e, horizon WHERE e.seq > @a AND e.tx < horizon.xid ORDER BY e.seq LIMIT @limit",
                StoredRows.Event, cancellationToken, Pg.Long("a", afterSequence), Pg.Int("limit", limit));
            return (IReadOnlyList<PackEvent>)rows.Where(e => e is not null).Select(e => e!).ToList();
        }, cancellationToken);

    /// <summary>
    /// The oldest transaction of this statement's snapshot still running (its xip list), leaving out those of sessions on
    /// other databases; the snapshot's xmax when none is.
    /// </summary>
    private const string Horizon =
        """
        WITH snap AS (SELECT pg_current_snapshot() AS s),
        horizon AS (
            SELECT COALESCE(
                (SELECT MIN(x) FROM snap, pg_snapshot_xip(snap.s) AS x
                 WHERE (x::text::bigint % 4294967296) NOT IN (
                     SELECT backend_xid::text::bigint FROM pg_stat_activity
                     WHERE datname IS DISTINCT FROM current_database() AND backend_xid IS NOT NULL)),
                (SELECT pg_snapshot_xmax(s) FROM snap)) AS xid)
        """;

    public Task<IReadOnlyList<PackEvent>> ReadEventsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        ReadWhereAsync("at_utc >= @a ORDER BY seq", cancellationToken, Pg.Long("a", StoredValues.Ms(since)));

    public Task<IReadOnlyList<PackEvent>> ReadOrderEventsAsync(string orderId, CancellationToken cancellationToken) =>
        ReadWhereAsync("order_id = @a ORDER BY seq", cancellationToken, Pg.Text("a", orderId));

    private Task<IReadOnlyList<PackEvent>> ReadWhereAsync(string where, CancellationToken cancellationToken, params NpgsqlParameter[] parameters) =>
        database.ReadAsync(async connection =>
        {
            var rows = await Pg.ListAsync(connection, null, $"SELECT {StoredRows.EventColumns} FROM events WHERE {where}", StoredRows.Event,
                cancellationToken, parameters);
            return (IReadOnlyList<PackEvent>)rows.Where(e => e is not null).Select(e => e!).ToList();
        }, cancellationToken);
}
