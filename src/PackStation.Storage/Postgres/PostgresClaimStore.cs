using Npgsql;
using PackStation.Domain.Claims;
using PackStation.Domain.Orders;
using PackStation.Domain.Packing;
using PackStation.Domain.Ports;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Postgres;

/// <summary>
/// Claims on PostgreSQL, for stations on several hosts. NEXT takes the most urgent ready order with
/// <c>FOR UPDATE SKIP LOCKED</c>, so claimers never wait for each other and never get the same order; a scanned order is
/// decided by <see cref="ClaimRule"/> and taken only while it is still as it was read.
/// </summary>
internal sealed class PostgresClaimStore(PostgresDatabase database) : IClaimStore
{
    private const string Claimed = "status = 'in-progress', claimed_by = @station, claim_expires_utc = @expires, updated_utc = @now";

    public Task<ClaimOutcome> ClaimAsync(string reference, string stationId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(stationId);
        return database.ReadAsync(async connection =>
        {
            for (var attempt = 0; attempt < 3; attempt++)
            {
                if (await FindAsync(connection, reference, cancellationToken) is not { } seen)
                    return ClaimOutcome.Refused(ClaimRefusal.NotFound, $"No order, tote or waybill {reference}.");
                var decision = ClaimRule.Decide(seen, stationId, now);
                if (!decision.Takes)
                    return ClaimOutcome.Refused(decision.Refusal, decision.Detail!);
                var taken = await Pg.ExecuteAsync(connection, null,
                    $"""
                    UPDATE orders SET {Claimed}, progress = CASE WHEN @keep THEN progress END
                    WHERE id = @id AND status = @seenStatus AND claimed_by IS NOT DISTINCT FROM @seenBy
                      AND claim_expires_utc IS NOT DISTINCT FROM @seenExpires
                    """, cancellationToken, [.. ClaimValues(stationId, now, lease), Pg.Bool("keep", decision.KeepProgress), Pg.Text("id", seen.Order.Id),
                        Pg.Text("seenStatus", seen.Order.Status.ToText()), Pg.Text("seenBy", seen.ClaimedBy),
                        Pg.Long("seenExpires", seen.ClaimExpiresAt is { } e ? StoredValues.Ms(e) : null)]);
                if (taken == 1)
                    return Outcome(seen, stationId, now, lease, decision.KeepProgress);
            }

            return ClaimOutcome.Refused(ClaimRefusal.ClaimedElsewhere, $"Order {reference} was just taken by another station.");
        }, cancellationToken);
    }

    /// <summary>Our id first, then the shop's order number (a ready one first), an open order's tote, a pre-printed waybill.</summary>
    private static async Task<ClaimedOrder?> FindAsync(NpgsqlConnection connection, string reference, CancellationToken cancellationToken) =>
        await PgOrderRows.FindOneAsync(connection, null, "id = @r", cancellationToken, Pg.Text("r", reference))
            ?? await PgOrderRows.FindOneAsync(connection, null, "external_id = @r ORDER BY status = 'ready' DESC", cancellationToken, Pg.Text("r", reference))
            ?? await PgOrderRows.FindOneAsync(connection, null, "tote = @r AND status IN ('ready', 'in-progress')", cancellationToken, Pg.Text("r", reference))
            ?? await PgOrderRows.FindOneAsync(connection, null, "waybill = @r", cancellationToken, Pg.Text("r", reference));

    public Task<ClaimOutcome> ClaimNextAsync(string stationId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stationId);
        return database.ReadAsync(async connection =>
        {
            var rows = await Pg.ListAsync(connection, null,
                $"""
                WITH next AS (
                    SELECT id FROM orders WHERE status = 'ready' ORDER BY ship_by_sort, created_utc LIMIT 1 FOR UPDATE SKIP LOCKED)
                UPDATE orders o SET {Claimed}, progress = NULL FROM next WHERE o.id = next.id
                RETURNING {Qualified("o")}
                """, StoredRows.Order, cancellationToken, ClaimValues(stationId, now, lease));
            if (rows.Count == 0)
                return ClaimOutcome.Refused(ClaimRefusal.QueueEmpty, "No orders are waiting.");
            var order = (await PgOrderRows.WithLinesAsync(connection, null, rows, cancellationToken))[0];
            return new ClaimOutcome(new Claim(order.Order, OrderProgress.Empty(order.Order.Id), stationId, now + lease), ClaimRefusal.None);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<Claim>> GetClaimsAsync(string stationId, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var rows = await PgOrderRows.FindAsync(connection, null, "status = 'in-progress' AND claimed_by = @s ORDER BY updated_utc",
                cancellationToken, Pg.Text("s", stationId));
            return (IReadOnlyList<Claim>)rows.Select(r => new Claim(r.Order, r.Progress, stationId, r.ClaimExpiresAt ?? DateTimeOffset.UnixEpoch)).ToList();
        }, cancellationToken);

    public Task RenewClaimsAsync(string stationId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => Pg.ExecuteAsync(connection, null,
            "UPDATE orders SET claim_expires_utc = @expires WHERE status = 'in-progress' AND claimed_by = @s",
            cancellationToken, Pg.Text("s", stationId), Pg.Long("expires", StoredValues.Ms(now + lease))), cancellationToken);

    /// <summary>Returns expired claims to the queue (rows another transaction holds are left for the next sweep) and records each in the order's timeline.</summary>
    public Task<int> ReleaseExpiredClaimsAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var released = await Pg.ListAsync(connection, transaction,
                """
                WITH expired AS (
                    SELECT id, claimed_by FROM orders WHERE status = 'in-progress' AND claim_expires_utc < @nowMs FOR UPDATE SKIP LOCKED)
                UPDATE orders o SET status = 'ready', claimed_by = NULL, claim_expires_utc = NULL, updated_utc = @now
                FROM expired WHERE o.id = expired.id
                RETURNING o.id, expired.claimed_by
                """, r => (OrderId: r.GetString(0), Station: StoredValues.NullableString(r, 1) ?? "?"), cancellationToken,
                Pg.Long("nowMs", StoredValues.Ms(now)), Pg.Long("now", database.NowMs));
            foreach (var (orderId, station) in released)
                await PgEvents.InsertAsync(connection, transaction, [ClaimExpiry.Event(orderId, station, now)], cancellationToken);
            return released.Count;
        }, cancellationToken);

    private static ClaimOutcome Outcome(ClaimedOrder seen, string stationId, DateTimeOffset now, TimeSpan lease, bool keepProgress) =>
        new(new Claim(seen.Order with { Status = OrderStatus.InProgress }, keepProgress ? seen.Progress : OrderProgress.Empty(seen.Order.Id),
            stationId, now + lease), ClaimRefusal.None);

    private static NpgsqlParameter[] ClaimValues(string stationId, DateTimeOffset now, TimeSpan lease) =>
        [Pg.Text("station", stationId), Pg.Long("expires", StoredValues.Ms(now + lease)), Pg.Long("now", StoredValues.Ms(now))];

    private static string Qualified(string alias) => string.Join(", ", StoredRows.OrderColumns.Split(", ").Select(c => alias + "." + c));
}
