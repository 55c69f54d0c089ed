using Microsoft.Data.Sqlite;
using PackStation.Domain.Ports;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Sqlite;

/// <summary>Writes and reads print-job rows inside a caller's connection (the print queue and the waybill batches).</summary>
internal static class PrintJobRows
{
    private const string Columns = StoredRows.PrintJobColumns;

    /// <summary>Queues a job inside the caller's transaction (the waybill batch stores its jobs with the waybill).</summary>
    public static async Task<PrintJob> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, NewPrintJob job, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var id = await Sql.ScalarAsync(connection, transaction,
            """
            INSERT INTO print_jobs (printer, station, kind, order_id, reprint_of, bytes, created_at, created_utc, tracking)
            VALUES ($printer, $station, $kind, $order, $reprintOf, $bytes, $at, $utc, $tracking) RETURNING id
            """, cancellationToken,
            ("$printer", job.Printer), ("$station", job.Station), ("$kind", job.Kind.ToString().ToLowerInvariant()),
            ("$order", job.OrderId), ("$reprintOf", job.ReprintOf), ("$bytes", job.Bytes), ("$at", Sql.Iso(at)), ("$utc", Sql.Ms(at)), ("$tracking", job.TrackingNumber));
        return new PrintJob
        {
            Id = id, Printer = job.Printer, Station = job.Station, Kind = job.Kind, OrderId = job.OrderId, ReprintOf = job.ReprintOf,
            Bytes = job.Bytes, State = PrintJobState.Queued, CreatedAt = at, TrackingNumber = job.TrackingNumber,
        };
    }

    public static async Task<IReadOnlyList<PrintJob>> ReadAsync(SqliteConnection connection, SqliteTransaction? transaction, string where, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        var list = new List<PrintJob>();
        using var command = Sql.Command(connection, transaction, $"SELECT {Columns} FROM print_jobs WHERE {where}", parameters);
        using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
            list.Add(Read(r));
        return list;
    }

    private static PrintJob Read(SqliteDataReader r) => StoredRows.PrintJob(r);
}
