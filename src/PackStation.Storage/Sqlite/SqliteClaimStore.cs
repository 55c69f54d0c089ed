using Microsoft.Data.Sqlite;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;

namespace PackStation.Storage.Sqlite;

/// <summary>Claims: which station packs which order, with a lease a crashed station's claim runs out of.</summary>
internal sealed class SqliteClaimStore(SqliteDatabase database) : IClaimStore
{
    public Task<ClaimOutcome> ClaimAsync(string reference, string stationId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(stationId);
        return database.StepAsync(async (connection, transaction) =>
        {
            // Our id first, then the shop's order number, a tote, a pre-printed waybill.
            var found = await OrderRows.FindOneAsync(connection, transaction, "id = $r", cancellationToken, ("$r", reference))
                ?? await OrderRows.FindOneAsync(connection, transaction, "external_id = $r ORDER BY status = 'ready' DESC", cancellationToken, ("$r", reference))
                ?? await OrderRows.FindOneAsync(connection, transaction, "tote = $r AND status IN ('ready', 'in-progress')", cancellationToken, ("$r", reference))
                ?? await OrderRows.FindOneAsync(connection, transaction, "waybill = $r", cancellationToken, ("$r", reference));
            if (found is not var (order, claimedBy, progress))
                return ClaimOutcome.Refused(ClaimRefusal.NotFound, $"No order, tote or waybill {reference}.");

            var expires = await Sql.ScalarAsync(connection, transaction, "SELECT COALESCE(claim_expires_utc, 0) FROM orders WHERE id = $id", cancellationToken, ("$id", order.Id));
            switch (order.Status)
            {
                case OrderStatus.Hold:
                    return ClaimOutcome.Refused(ClaimRefusal.OnHold, $"Order {order.Id} is on hold: {order.HoldReason}.");
                case OrderStatus.Packed:
                    return ClaimOutcome.Refused(ClaimRefusal.AlreadyPacked, $"Order {order.Id} is already packed.");
                case OrderStatus.Cancelled:
                    return ClaimOutcome.Refused(ClaimRefusal.Cancelled, $"Order {order.Id} was cancelled by the shop.");
                case OrderStatus.InProgress when claimedBy != stationId && expires > Sql.Ms(now):
                    return ClaimOutcome.Refused(ClaimRefusal.ClaimedElsewhere, $"Order {order.Id} is being packed at station {claimedBy}.");
            }

            var keepProgress = order.Status == OrderStatus.InProgress && claimedBy == stationId;
            await TakeClaimAsync(connection, transaction, order.Id, stationId, now, lease, keepProgress, cancellationToken);
            var claimed = order with { Status = OrderStatus.InProgress };
            return new ClaimOutcome(new Claim(claimed, keepProgress ? progress : Domain.Packing.OrderProgress.Empty(order.Id), stationId, now + lease), ClaimRefusal.None);
        }, cancellationToken);
    }

    public Task<ClaimOutcome> ClaimNextAsync(string stationId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stationId);
        return database.StepAsync(async (connection, transaction) =>
        {
            // The queue index is named: without statistics SQLite would pick the status index and sort every ready order.
            using var next = Sql.Command(connection, transaction,
                "SELECT id FROM orders INDEXED BY orders_queue WHERE status = 'ready' ORDER BY ship_by_sort, created_utc LIMIT 1");
            var nextId = await next.ExecuteScalarAsync(cancellationToken) as string;
            var found = nextId is null ? null : await OrderRows.FindOneAsync(connection, transaction, "id = $id", cancellationToken, ("$id", nextId));
            if (found is not var (order, _, _))
                return ClaimOutcome.Refused(ClaimRefusal.QueueEmpty, "No orders are waiting.");
            await TakeClaimAsync(connection, transaction, order.Id, stationId, now, lease, keepProgress: false, cancellationToken);
            return new ClaimOutcome(new Claim(order with { Status = OrderStatus.InProgress }, Domain.Packing.OrderProgress.Empty(order.Id), stationId, now + lease), ClaimRefusal.None);
        }, cancellationToken);
    }

    private async Task TakeClaimAsync(SqliteConnection connection, SqliteTransaction transaction, string orderId, string stationId,
        DateTimeOffset now, TimeSpan lease, bool keepProgress, CancellationToken cancellationToken) =>
        await Sql.ExecuteAsync(connection, transaction,
            """
            UPDATE orders SET status = 'in-progress', claimed_by = $station, claim_expires_utc = $expires,
                   progress = CASE WHEN $keep THEN progress END, updated_utc = $now
            WHERE id = $id
            """, cancellationToken, ("$id", orderId), ("$station", stationId), ("$expires", Sql.Ms(now + lease)),
            ("$keep", keepProgress), ("$now", database.NowMs));

    public Task<IReadOnlyList<Claim>> GetClaimsAsync(string stationId, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var rows = await OrderRows.FindAsync(connection, null, "status = 'in-progress' AND claimed_by = $s ORDER BY updated_utc", cancellationToken, ("$s", stationId));
            var expiries = new Dictionary<string, long>(StringComparer.Ordinal);
            using (var command = Sql.Command(connection, null, "SELECT id, claim_expires_utc FROM orders WHERE status = 'in-progress' AND claimed_by = $s", ("$s", stationId)))
            using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                    expiries[reader.GetString(0)] = Sql.NullableLong(reader, 1) ?? 0;
            }

            return (IReadOnlyList<Claim>)rows
                .Select(r => new Claim(r.Order, r.Progress, stationId, Sql.FromMs(expiries.GetValueOrDefault(r.Order.Id))))
                .ToList();
        }, cancellationToken);

    public Task RenewClaimsAsync(string stationId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        database.StepAsync(async (connection, transaction) => await Sql.ExecuteAsync(connection, transaction,
            "UPDATE orders SET claim_expires_utc = $expires WHERE status = 'in-progress' AND claimed_by = $s",
            cancellationToken, ("$s", stationId), ("$expires", Sql.Ms(now + lease))), cancellationToken);

    public Task<int> ReleaseExpiredClaimsAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Sql.ExecuteAsync(connection, transaction,
            """
            UPDATE orders SET status = 'ready', claimed_by = NULL, claim_expires_utc = NULL, updated_utc = $now
            WHERE status = 'in-progress' AND claim_expires_utc < $nowMs
            """, cancellationToken, ("$now", database.NowMs), ("$nowMs", Sql.Ms(now))), cancellationToken);
}
