using Microsoft.Data.Sqlite;
using PackStation.Domain.Claims;
using PackStation.Domain.Events;
using PackStation.Domain.Orders;
using PackStation.Domain.Packing;
using PackStation.Domain.Ports;

namespace PackStation.Storage.Sqlite;

/// <summary>
/// Claims: which station packs which order, with a lease a crashed station's claim runs out of. Whether a station may
/// take an order is <see cref="ClaimRule"/>'s decision; the store takes it with an update that holds only while the
/// order is still as it was read, so it is safe however many writers there are.
/// </summary>
internal sealed class SqliteClaimStore(SqliteDatabase database) : IClaimStore
{
    private const int Attempts = 3;

    public Task<ClaimOutcome> ClaimAsync(string reference, string stationId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(stationId);
        return database.StepAsync(async (connection, transaction) =>
        {
            for (var attempt = 0; attempt < Attempts; attempt++)
            {
                if (await FindAsync(connection, transaction, reference, cancellationToken) is not { } seen)
                    return ClaimOutcome.Refused(ClaimRefusal.NotFound, $"No order, tote or waybill {reference}.");
                var decision = ClaimRule.Decide(seen, stationId, now);
                if (!decision.Takes)
                    return ClaimOutcome.Refused(decision.Refusal, decision.Detail!);
                if (await TakeAsync(connection, transaction, seen, stationId, now, lease, decision.KeepProgress, cancellationToken))
                    return Claimed(seen, stationId, now, lease, decision.KeepProgress);
            }

            return ClaimOutcome.Refused(ClaimRefusal.ClaimedElsewhere, $"Order {reference} was just taken by another station.");
        }, cancellationToken);
    }

    /// <summary>Our id first, then the shop's order number (a ready one first), an open order's tote, a pre-printed waybill.</summary>
    private static async Task<ClaimedOrder?> FindAsync(SqliteConnection connection, SqliteTransaction transaction, string reference, CancellationToken cancellationToken) =>
        await OrderRows.FindOneAsync(connection, transaction, "id = $r", cancellationToken, ("$r", reference))
            ?? await OrderRows.FindOneAsync(connection, transaction, "external_id = $r ORDER BY status = 'ready' DESC", cancellationToken, ("$r", reference))
            ?? await OrderRows.FindOneAsync(connection, transaction, "tote = $r AND status IN ('ready', 'in-progress')", cancellationToken, ("$r", reference))
            ?? await OrderRows.FindOneAsync(connection, transaction, "waybill = $r", cancellationToken, ("$r", reference));

    public Task<ClaimOutcome> ClaimNextAsync(string stationId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stationId);
        return database.StepAsync(async (connection, transaction) =>
        {
            // The queue index is named: without statistics SQLite would pick the status index and sort every ready order.
            using var next = Sql.Command(connection, transaction,
                "SELECT id FROM orders INDEXED BY orders_queue WHERE status = 'ready' ORDER BY ship_by_sort, created_utc LIMIT 1");
            while (await next.ExecuteScalarAsync(cancellationToken) is string nextId)
            {
                var seen = await OrderRows.FindOneAsync(connection, transaction, "id = $id", cancellationToken, ("$id", nextId));
                if (seen is not null && await TakeAsync(connection, transaction, seen, stationId, now, lease, keepProgress: false, cancellationToken))
                    return Claimed(seen, stationId, now, lease, keepProgress: false);
            }

            return ClaimOutcome.Refused(ClaimRefusal.QueueEmpty, "No orders are waiting.");
        }, cancellationToken);
    }

    private static ClaimOutcome Claimed(ClaimedOrder seen, string stationId, DateTimeOffset now, TimeSpan lease, bool keepProgress) =>
        new(new Claim(seen.Order with { Status = OrderStatus.InProgress }, keepProgress ? seen.Progress : OrderProgress.Empty(seen.Order.Id),
            stationId, now + lease), ClaimRefusal.None);

    /// <summary>Takes the claim if the order is still exactly as <paramref name="seen"/>: status, holder and expiry unchanged.</summary>
    private async Task<bool> TakeAsync(SqliteConnection connection, SqliteTransaction transaction, ClaimedOrder seen, string stationId,
        DateTimeOffset now, TimeSpan lease, bool keepProgress, CancellationToken cancellationToken) =>
        await Sql.ExecuteAsync(connection, transaction,
            """
            UPDATE orders SET status = 'in-progress', claimed_by = $station, claim_expires_utc = $expires,
                   progress = CASE WHEN $keep THEN progress END, updated_utc = $now
            WHERE id = $id AND status = $seenStatus AND claimed_by IS $seenBy AND claim_expires_utc IS $seenExpires
            """, cancellationToken, ("$id", seen.Order.Id), ("$station", stationId), ("$expires", Sql.Ms(now + lease)),
            ("$keep", keepProgress), ("$now", database.NowMs), ("$seenStatus", seen.Order.Status.ToText()), ("$seenBy", seen.ClaimedBy),
            ("$seenExpires", seen.ClaimExpiresAt is { } e ? Sql.Ms(e) : null)) == 1;

    public Task<IReadOnlyList<Claim>> GetClaimsAsync(string stationId, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var rows = await OrderRows.FindAsync(connection, null, "status = 'in-progress' AND claimed_by = $s ORDER BY updated_utc", cancellationToken, ("$s", stationId));
            return (IReadOnlyList<Claim>)rows
                .Select(r => new Claim(r.Order, r.Progress, stationId, r.ClaimExpiresAt ?? DateTimeOffset.UnixEpoch))
                .ToList();
        }, cancellationToken);

    public Task RenewClaimsAsync(string stationId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        database.StepAsync(async (connection, transaction) => await Sql.ExecuteAsync(connection, transaction,
            "UPDATE orders SET claim_expires_utc = $expires WHERE status = 'in-progress' AND claimed_by = $s",
            cancellationToken, ("$s", stationId), ("$expires", Sql.Ms(now + lease))), cancellationToken);

    /// <summary>Returns expired claims to the queue and records each in its order's timeline (a ClaimExpired event).</summary>
    public Task<int> ReleaseExpiredClaimsAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var expired = new List<(string OrderId, string? Station)>();
            using (var command = Sql.Command(connection, transaction,
                "SELECT id, claimed_by FROM orders WHERE status = 'in-progress' AND claim_expires_utc < $nowMs", ("$nowMs", Sql.Ms(now))))
            using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                    expired.Add((reader.GetString(0), Sql.NullableString(reader, 1)));
            }

            var released = 0;
            foreach (var (orderId, station) in expired)
            {
                // Only if still expired and held by the same station: it may have renewed since the read.
                var changed = await Sql.ExecuteAsync(connection, transaction,
                    """
                    UPDATE orders SET status = 'ready', claimed_by = NULL, claim_expires_utc = NULL, updated_utc = $now
                    WHERE id = $id AND status = 'in-progress' AND claimed_by IS $by AND claim_expires_utc < $nowMs
                    """, cancellationToken, ("$id", orderId), ("$by", station), ("$now", database.NowMs), ("$nowMs", Sql.Ms(now)));
                if (changed == 0)
                    continue;
                released++;
                await InsertEventAsync(connection, transaction, ClaimExpiry.Event(orderId, station ?? "?", now), cancellationToken);
            }

            return released;
        }, cancellationToken);

    private static Task<int> InsertEventAsync(SqliteConnection connection, SqliteTransaction transaction, PackEvent e, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, transaction,
            "INSERT INTO events (at_utc, station, packer, order_id, kind, code, detail, units) VALUES ($at, $station, NULL, $order, $kind, NULL, $detail, 0)",
            cancellationToken, ("$at", Sql.Ms(e.At)), ("$station", e.StationId), ("$order", e.OrderId), ("$kind", e.Kind.ToString()), ("$detail", e.Detail));
}
