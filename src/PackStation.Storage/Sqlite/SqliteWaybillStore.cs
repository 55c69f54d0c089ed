using PackStation.Domain.Orders;
using PackStation.Domain.Ports;

namespace PackStation.Storage.Sqlite;

/// <summary>Batch waybills (migration 0120): reservations, then waybill + parcel + print job in one transaction.</summary>
internal sealed class SqliteWaybillStore(SqliteDatabase database) : IWaybillStore
{
    public Task<IReadOnlyList<Order>> ReserveForWaybillsAsync(string batchId, string printer, int count, DateTimeOffset now, DateTimeOffset staleBefore, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        ArgumentException.ThrowIfNullOrWhiteSpace(printer);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await Sql.ExecuteAsync(connection, transaction,
                """
                INSERT INTO waybill_reservations (order_id, batch, printer, reserved_utc)
                SELECT o.id, $batch, $printer, $now FROM orders o
                WHERE o.status = 'ready' AND o.waybill IS NULL
                  AND NOT EXISTS (SELECT 1 FROM waybill_reservations r
                                  WHERE r.order_id = o.id AND (r.job_id IS NOT NULL OR r.reserved_utc >= $stale))
                ORDER BY o.ship_by_sort, o.created_utc LIMIT $count
                ON CONFLICT (order_id) DO UPDATE SET batch = excluded.batch, printer = excluded.printer,
                    reserved_utc = excluded.reserved_utc, tracking = NULL
                WHERE waybill_reservations.job_id IS NULL AND waybill_reservations.reserved_utc < $stale
                """, cancellationToken, ("$batch", batchId), ("$printer", printer), ("$now", Sql.Ms(now)), ("$stale", Sql.Ms(staleBefore)), ("$count", count));
            var rows = await OrderRows.FindAsync(connection, transaction,
                "id IN (SELECT order_id FROM waybill_reservations WHERE batch = $batch) ORDER BY ship_by_sort, created_utc",
                cancellationToken, ("$batch", batchId));
            return (IReadOnlyList<Order>)rows.Select(r => r.Order).ToList();
        }, cancellationToken);
    }

    public Task<PrintJob?> RecordWaybillAsync(string batchId, string orderId, string trackingNumber, NewPrintJob job, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(trackingNumber);
        ArgumentNullException.ThrowIfNull(job);
        return database.WriteAsync(async (connection, transaction) =>
        {
            var queued = await Sql.ScalarAsync(connection, transaction,
                "SELECT COALESCE((SELECT COALESCE(job_id, 0) FROM waybill_reservations WHERE order_id = $o AND batch = $b), -1)",
                cancellationToken, ("$o", orderId), ("$b", batchId));
            if (queued > 0)
                return (await PrintJobRows.ReadAsync(connection, transaction, "id = $id", cancellationToken, ("$id", queued)))[0];
            if (queued < 0)
                return null;
            var taken = await Sql.ExecuteAsync(connection, transaction,
                "UPDATE orders SET waybill = $t, updated_utc = $now WHERE id = $o AND status = 'ready' AND waybill IS NULL",
                cancellationToken, ("$t", trackingNumber), ("$o", orderId), ("$now", Sql.Ms(now)));
            if (taken == 0)
                return null;
            await Sql.ExecuteAsync(connection, transaction,
                "INSERT INTO parcels (tracking, order_id, station, created_utc) VALUES ($t, $o, $s, $now) ON CONFLICT (tracking) DO NOTHING",
                cancellationToken, ("$t", trackingNumber), ("$o", orderId), ("$s", job.Printer), ("$now", Sql.Ms(now)));
            var stored = await PrintJobRows.InsertAsync(connection, transaction, job, now, cancellationToken);
            await Sql.ExecuteAsync(connection, transaction,
                "UPDATE waybill_reservations SET tracking = $t, job_id = $j WHERE order_id = $o AND batch = $b",
                cancellationToken, ("$t", trackingNumber), ("$j", stored.Id), ("$o", orderId), ("$b", batchId));
            return (PrintJob?)stored;
        }, cancellationToken);
    }

    public Task ReleaseWaybillReservationAsync(string batchId, string orderId, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Sql.ExecuteAsync(connection, transaction,
            "DELETE FROM waybill_reservations WHERE order_id = $o AND batch = $b AND job_id IS NULL",
            cancellationToken, ("$o", orderId), ("$b", batchId)), cancellationToken);
}
