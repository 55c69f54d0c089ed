using Microsoft.Data.Sqlite;
using PackStation.Domain.Events;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.Domain.Shipping;

namespace PackStation.Storage.Sqlite;

/// <summary>Station commits (events, progress, order transitions, outbox) and the event log.</summary>
public sealed partial class SqlitePackStore
{
    private const string EventColumns = "seq, at_utc, station, packer, order_id, kind, code, detail, units";

    /// <summary>Queues the commit for the group writer; returns once it is durable (or throws what failed it).</summary>
    public Task CommitAsync(PackCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        return commit.IsEmpty ? Task.CompletedTask : _groupCommit.EnqueueAsync(commit, cancellationToken);
    }

    /// <summary>Applies one commit inside the group writer's transaction (under its own savepoint).</summary>
    private async Task ApplyCommitAsync(SqliteConnection connection, SqliteTransaction transaction, PackCommit commit, CancellationToken cancellationToken)
    {
        {
            var orderId = commit.Transition?.OrderId ?? commit.Progress?.OrderId;
            var stationId = commit.StationId;
            if (orderId is not null)
                await RequireClaimAsync(connection, transaction, orderId, stationId, cancellationToken);

            await InsertEventsAsync(connection, transaction, commit.Events, cancellationToken);
            if (commit.Progress is { } progress)
                await SaveProgressAsync(connection, transaction, progress, stationId, cancellationToken);
            if (commit.Transition is { } transition)
                await TransitionAsync(connection, transaction, transition, cancellationToken);
            if (commit.Confirmation is { } confirmation)
                await InsertConfirmationAsync(connection, transaction, confirmation, cancellationToken);
        }
    }

    private static async Task RequireClaimAsync(SqliteConnection connection, SqliteTransaction transaction, string orderId, string stationId, CancellationToken cancellationToken)
    {
        using var command = Sql.Command(connection, transaction, "SELECT status, claimed_by FROM orders WHERE id = $id", ("$id", orderId));
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            throw new ClaimLostException($"Order {orderId} does not exist.");
        var status = reader.GetString(0);
        var claimedBy = Sql.NullableString(reader, 1);
        if (status != "in-progress" || claimedBy != stationId)
            throw new ClaimLostException($"Station {stationId} no longer holds order {orderId} (it is {status}{(claimedBy is null ? "" : " at " + claimedBy)}).");
    }

    private static async Task InsertEventsAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<PackEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
            return;
        using var insert = Sql.Command(connection, transaction,
            "INSERT INTO events (at_utc, station, packer, order_id, kind, code, detail, units) VALUES ($at, $station, $packer, $order, $kind, $code, $detail, $units)",
            ("$at", 0L), ("$station", ""), ("$packer", null), ("$order", null), ("$kind", ""), ("$code", null), ("$detail", null), ("$units", 0));
        foreach (var e in events)
        {
            insert.Parameters["$at"].Value = Sql.Ms(e.At);
            insert.Parameters["$station"].Value = e.StationId;
            insert.Parameters["$packer"].Value = (object?)e.PackerId ?? DBNull.Value;
            insert.Parameters["$order"].Value = (object?)e.OrderId ?? DBNull.Value;
            insert.Parameters["$kind"].Value = e.Kind.ToString();
            insert.Parameters["$code"].Value = (object?)e.Code ?? DBNull.Value;
            insert.Parameters["$detail"].Value = (object?)e.Detail ?? DBNull.Value;
            insert.Parameters["$units"].Value = e.Units;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task SaveProgressAsync(SqliteConnection connection, SqliteTransaction transaction, Domain.Packing.OrderProgress progress, string stationId, CancellationToken cancellationToken)
    {
        await Sql.ExecuteAsync(connection, transaction, "UPDATE orders SET progress = $p, updated_utc = $now WHERE id = $id",
            cancellationToken, ("$id", progress.OrderId), ("$p", StoreJson.Write(progress)), ("$now", NowMs));
        foreach (var tracking in progress.TrackingNumbers)
        {
            await Sql.ExecuteAsync(connection, transaction,
                "INSERT INTO parcels (tracking, order_id, station, created_utc) VALUES ($t, $id, $s, $now) ON CONFLICT (tracking) DO NOTHING",
                cancellationToken, ("$t", tracking), ("$id", progress.OrderId), ("$s", stationId), ("$now", NowMs));
        }
    }

    private async Task TransitionAsync(SqliteConnection connection, SqliteTransaction transaction, OrderTransition transition, CancellationToken cancellationToken)
    {
        var sql = transition.To switch
        {
            OrderStatus.Ready => "UPDATE orders SET status = 'ready', claimed_by = NULL, claim_expires_utc = NULL, progress = NULL, updated_utc = $now WHERE id = $id",
            OrderStatus.Hold => "UPDATE orders SET status = 'hold', hold_reason = $reason, claimed_by = NULL, claim_expires_utc = NULL, updated_utc = $now WHERE id = $id",
            OrderStatus.Packed => "UPDATE orders SET status = 'packed', claimed_by = NULL, claim_expires_utc = NULL, packed_utc = $now, updated_utc = $now WHERE id = $id",
            _ => throw new ArgumentException($"A station cannot move an order to {transition.To}.", nameof(transition)),
        };
        await Sql.ExecuteAsync(connection, transaction, sql, cancellationToken, ("$id", transition.OrderId), ("$reason", transition.Reason), ("$now", NowMs));
    }

    private static async Task InsertConfirmationAsync(SqliteConnection connection, SqliteTransaction transaction, ShipmentConfirmation confirmation, CancellationToken cancellationToken) =>
        await Sql.ExecuteAsync(connection, transaction,
            """
            INSERT INTO outbox (order_id, shop, external_id, carrier, tracking, packed_at, state, attempts, next_attempt_utc)
            VALUES ($order, $shop, $ext, $carrier, $tracking, $packed, 'pending', 0, $next)
            """, cancellationToken, ("$order", confirmation.OrderId), ("$shop", confirmation.Shop), ("$ext", confirmation.ExternalId),
            ("$carrier", confirmation.Carrier), ("$tracking", StoreJson.Write(confirmation.TrackingNumbers)),
            ("$packed", Sql.Iso(confirmation.PackedAt)), ("$next", Sql.Ms(confirmation.PackedAt)));

    public Task<IReadOnlyList<PackEvent>> ReadEventsAsync(long afterSequence, int limit, CancellationToken cancellationToken) =>
        ReadEventsWhereAsync("seq > $a ORDER BY seq LIMIT $limit", cancellationToken, ("$a", afterSequence), ("$limit", limit));

    public Task<IReadOnlyList<PackEvent>> ReadEventsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        ReadEventsWhereAsync("at_utc >= $a ORDER BY seq", cancellationToken, ("$a", Sql.Ms(since)));

    public Task<IReadOnlyList<PackEvent>> ReadOrderEventsAsync(string orderId, CancellationToken cancellationToken) =>
        ReadEventsWhereAsync("order_id = $a ORDER BY seq", cancellationToken, ("$a", orderId));

    private Task<IReadOnlyList<PackEvent>> ReadEventsWhereAsync(string where, CancellationToken cancellationToken, params (string, object?)[] parameters) =>
        ReadAsync(async connection =>
        {
            var events = new List<PackEvent>();
            using var command = Sql.Command(connection, null, $"SELECT {EventColumns} FROM events WHERE {where}", parameters);
            using var r = await command.ExecuteReaderAsync(cancellationToken);
            while (await r.ReadAsync(cancellationToken))
            {
                // Kinds are stored by name; a name this build does not know (a newer version wrote it) is skipped, not fatal.
                if (!Enum.TryParse<PackEventKind>(r.GetString(5), out var kind))
                    continue;
                events.Add(new PackEvent(Sql.FromMs(r.GetInt64(1)), r.GetString(2), Sql.NullableString(r, 3), Sql.NullableString(r, 4),
                    kind, Sql.NullableString(r, 6), Sql.NullableString(r, 7), r.GetInt32(8)) { Sequence = r.GetInt64(0) });
            }

            return (IReadOnlyList<PackEvent>)events;
        }, cancellationToken);
}
