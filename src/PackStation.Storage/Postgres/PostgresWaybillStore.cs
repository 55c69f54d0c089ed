using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Postgres;

/// <summary>
/// Batch waybills on PostgreSQL: batches running at once pick different orders (the candidates are locked with
/// <c>SKIP LOCKED</c>), a reservation never replaces another batch's live one (conditional upsert), and the
/// waybill, parcel and print job of an order are stored in one transaction while the order is still ready without one.
/// </summary>
internal sealed class PostgresWaybillStore(PostgresDatabase database) : IWaybillStore
{
    public Task<IReadOnlyList<Order>> ReserveForWaybillsAsync(string batchId, string printer, int count, DateTimeOffset now, DateTimeOffset staleBefore,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        ArgumentException.ThrowIfNullOrWhiteSpace(printer);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await Pg.ExecuteAsync(connection, transaction,
                """
                INSERT INTO waybill_reservations (order_id, batch, printer, reserved_utc)
                SELECT c.id, @batch, @printer, @now FROM (
                    SELECT o.id, o.ship_by_sort, o.created_utc FROM orders o
                    WHERE o.status = 'ready' AND o.waybill IS NULL
                      AND NOT EXISTS (SELECT 1 FROM waybill_reservations r
                                      WHERE r.order_id = o.id AND (r.job_id IS NOT NULL OR r.reserved_utc >= @stale))
                    ORDER BY o.ship_by_sort, o.created_utc LIMIT @count
                    FOR UPDATE OF o SKIP LOCKED) c
                ORDER BY c.ship_by_sort, c.created_utc
                ON CONFLICT (order_id) DO UPDATE SET batch = excluded.batch, printer = excluded.printer,
                    reserved_utc = excluded.reserved_utc, tracking = NULL
                WHERE waybill_reservations.job_id IS NULL AND waybill_reservations.reserved_utc < @stale
                """, cancellationToken, Pg.Text("batch", batchId), Pg.Text("printer", printer), Pg.Long("now", StoredValues.Ms(now)),
                Pg.Long("stale", StoredValues.Ms(staleBefore)), Pg.Int("count", count));
            var rows = await PgOrderRows.FindAsync(connection, transaction,
                "id IN (SELECT order_id FROM waybill_reservations WHERE batch = @batch) ORDER BY ship_by_sort, created_utc", cancellationToken,
                Pg.Text("batch", batchId));
            return (IReadOnlyList<Order>)rows.Select(r => r.Order).ToList();
        }, cancellationToken);
    }

    public Task<PrintJob?> RecordWaybillAsync(string batchId, string orderId, string trackingNumber, NewPrintJob job, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(trackingNumber);
        ArgumentNullException.ThrowIfNull(job);
        return database.WriteAsync(async (connection, transaction) =>
        {
            var reservation = await Pg.ListAsync(connection, transaction,
                "SELECT job_id FROM waybill_reservations WHERE order_id = @o AND batch = @b FOR UPDATE",
                r => StoredValues.NullableLong(r, 0), cancellationToken, Pg.Text("o", orderId), Pg.Text("b", batchId));
            if (reservation.Count == 0)
                return null;
            if (reservation[0] is { } queued)
                return (await PgPrintJobs.ReadAsync(connection, transaction, "id = @id", cancellationToken, Pg.Long("id", queued)))[0];
            var taken = await Pg.ExecuteAsync(connection, transaction,
                "UPDATE orders SET waybill = @t, updated_utc = @now WHERE id = @o AND status = 'ready' AND waybill IS NULL",
                cancellationToken, Pg.Text("t", trackingNumber), Pg.Text("o", orderId), Pg.Long("now", StoredValues.Ms(now)));
            if (taken == 0)
                return null;
            await Pg.ExecuteAsync(connection, transaction,
                "INSERT INTO parcels (tracking, order_id, station, created_utc) VALUES (@t, @o, @s, @now) ON CONFLICT (tracking) DO NOTHING",
                cancellationToken, Pg.Text("t", trackingNumber), Pg.Text("o", orderId), Pg.Text("s", job.Printer), Pg.Long("now", StoredValues.Ms(now)));
            var stored = await PgPrintJobs.InsertAsync(connection, transaction, job, now, cancellationToken);
            await Pg.ExecuteAsync(connection, transaction,
                "UPDATE waybill_reservations SET tracking = @t, job_id = @j WHERE order_id = @o AND batch = @b",
                cancellationToken, Pg.Text("t", trackingNumber), Pg.Long("j", stored.Id), Pg.Text("o", orderId), Pg.Text("b", batchId));
            return (PrintJob?)stored;
        }, cancellationToken);
    }

    public Task ReleaseWaybillReservationAsync(string batchId, string orderId, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Pg.ExecuteAsync(connection, transaction,
            "DELETE FROM waybill_reservations WHERE order_id = @o AND batch = @b AND job_id IS NULL",
            cancellationToken, Pg.Text("o", orderId), Pg.Text("b", batchId)), cancellationToken);
}
