using Npgsql;
using PackStation.Domain.Ports;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Postgres;

/// <summary>Writes and reads print-job rows inside a caller's connection (the print queue and the waybill batches).</summary>
internal static class PgPrintJobs
{
    public static async Task<PrintJob> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, NewPrintJob job, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var id = (long)(await Pg.ScalarAsync(connection, transaction,
            """
            INSERT INTO print_jobs (printer, station, kind, order_id, reprint_of, bytes, created_at, created_utc, tracking)
            VALUES (@printer, @station, @kind, @order, @reprintOf, @bytes, @at, @utc, @tracking) RETURNING id
            """, cancellationToken,
            Pg.Text("printer", job.Printer), Pg.Text("station", job.Station), Pg.Text("kind", job.Kind.ToString().ToLowerInvariant()),
            Pg.Text("order", job.OrderId), Pg.Long("reprintOf", job.ReprintOf), Pg.Bytes("bytes", job.Bytes), Pg.Text("at", StoredValues.Iso(at)),
            Pg.Long("utc", StoredValues.Ms(at)), Pg.Text("tracking", job.TrackingNumber)))!;
        return new PrintJob
        {
            Id = id, Printer = job.Printer, Station = job.Station, Kind = job.Kind, OrderId = job.OrderId, ReprintOf = job.ReprintOf,
            Bytes = job.Bytes, State = PrintJobState.Queued, CreatedAt = at, TrackingNumber = job.TrackingNumber,
        };
    }

    public static Task<List<PrintJob>> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string where,
        CancellationToken cancellationToken, params NpgsqlParameter[] parameters) =>
        Pg.ListAsync(connection, transaction, $"SELECT {StoredRows.PrintJobColumns} FROM print_jobs WHERE {where}", StoredRows.PrintJob,
            cancellationToken, parameters);
}
