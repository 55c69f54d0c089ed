using PackStation.Domain.Ports;

namespace PackStation.Storage.Sqlite;

/// <summary>
/// Tracking numbers: carrier pools and SSCC sequences (migration 0300). Allocation is one immediate transaction:
/// the existing allocation for (carrier, order, parcel) if there is one, else the oldest free number, marked used in
/// the same transaction, so two stations or two hosts never get the same number and a number is never reused.
/// </summary>
internal sealed class SqliteTrackingNumberStore(SqliteDatabase database) : ITrackingNumberStore
{
    public Task<int> ImportTrackingNumbersAsync(string carrier, IReadOnlyCollection<string> numbers, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(carrier);
        ArgumentNullException.ThrowIfNull(numbers);
        return database.WriteAsync(async (connection, transaction) =>
        {
            var seq = await Sql.ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(seq), 0) FROM tracking_numbers WHERE carrier = $c", cancellationToken, ("$c", carrier));
            using var insert = Sql.Command(connection, transaction,
                "INSERT OR IGNORE INTO tracking_numbers (carrier, number, seq, imported_utc) VALUES ($c, $n, $s, $t)",
                ("$c", carrier), ("$n", string.Empty), ("$s", 0L), ("$t", database.NowMs));
            var added = 0;
            foreach (var number in numbers)
            {
                ArgumentException.ThrowIfNullOrWhiteSpace(number);
                insert.Parameters["$n"].Value = number;
                insert.Parameters["$s"].Value = seq + 1;
                if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
                {
                    added++;
                    seq++;
                }
            }

            return added;
        }, cancellationToken);
    }

    public Task<string?> AllocateTrackingNumberAsync(string carrier, string orderId, int parcel, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(carrier);
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        return database.StepAsync(async (connection, transaction) =>
        {
            using (var existing = Sql.Command(connection, transaction,
                "SELECT number FROM tracking_numbers WHERE carrier = $c AND order_id = $o AND parcel = $p",
                ("$c", carrier), ("$o", orderId), ("$p", parcel)))
            {
                if (await existing.ExecuteScalarAsync(cancellationToken) is string number)
                    return number;
            }

            using var take = Sql.Command(connection, transaction,
                """
                UPDATE tracking_numbers SET order_id = $o, parcel = $p, allocated_utc = $t
                WHERE carrier = $c AND number = (SELECT number FROM tracking_numbers WHERE carrier = $c AND order_id IS NULL ORDER BY seq LIMIT 1)
                RETURNING number
                """,
                ("$c", carrier), ("$o", orderId), ("$p", parcel), ("$t", database.NowMs));
            return await take.ExecuteScalarAsync(cancellationToken) as string;
        }, cancellationToken);
    }

    public Task<int> CountFreeTrackingNumbersAsync(string carrier, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => (int)await Sql.ScalarAsync(connection, null,
            "SELECT COUNT(*) FROM tracking_numbers WHERE carrier = $c AND order_id IS NULL", cancellationToken, ("$c", carrier)), cancellationToken);

    public Task<long> NextSequenceValueAsync(string sequence, string orderId, int parcel, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sequence);
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        return database.StepAsync(async (connection, transaction) =>
        {
            var existing = await Sql.ScalarAsync(connection, transaction,
                "SELECT COALESCE((SELECT value FROM tracking_sequences WHERE name = $n AND order_id = $o AND parcel = $p), 0)",
                cancellationToken, ("$n", sequence), ("$o", orderId), ("$p", parcel));
            if (existing > 0)
                return existing;
            var next = await Sql.ScalarAsync(connection, transaction,
                "SELECT COALESCE(MAX(value), 0) + 1 FROM tracking_sequences WHERE name = $n", cancellationToken, ("$n", sequence));
            await Sql.ExecuteAsync(connection, transaction,
                "INSERT INTO tracking_sequences (name, value, order_id, parcel) VALUES ($n, $v, $o, $p)",
                cancellationToken, ("$n", sequence), ("$v", next), ("$o", orderId), ("$p", parcel));
            return next;
        }, cancellationToken);
    }
}
