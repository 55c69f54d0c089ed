using Npgsql;
using PackStation.Domain.Ports;

namespace PackStation.Storage.Postgres;

/// <summary>
/// Tracking-number pools and SSCC sequences on PostgreSQL. A pool number is taken with <c>FOR UPDATE SKIP LOCKED</c>
/// (concurrent allocators get different numbers without waiting); imports and a sequence's next value take a
/// transaction advisory lock of their carrier or sequence, so their read-then-write runs one at a time.
/// </summary>
internal sealed class PostgresTrackingNumberStore(PostgresDatabase database) : ITrackingNumberStore
{
    public Task<int> ImportTrackingNumbersAsync(string carrier, IReadOnlyCollection<string> numbers, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(carrier);
        ArgumentNullException.ThrowIfNull(numbers);
        foreach (var number in numbers)
            ArgumentException.ThrowIfNullOrWhiteSpace(number);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await LockAsync(connection, transaction, "tracking-pool:" + carrier, cancellationToken);
            // Numbers keep the order they came in; those already known (in any state) are skipped.
            return await Pg.ExecuteAsync(connection, transaction,
                """
                INSERT INTO tracking_numbers (carrier, number, seq, imported_utc)
                SELECT @c, n, (SELECT COALESCE(MAX(seq), 0) FROM tracking_numbers WHERE carrier = @c) + ROW_NUMBER() OVER (ORDER BY i), @t
                FROM (SELECT DISTINCT ON (n) n, i FROM unnest(@numbers) WITH ORDINALITY AS u (n, i) ORDER BY n, i) given
                WHERE NOT EXISTS (SELECT 1 FROM tracking_numbers k WHERE k.carrier = @c AND k.number = given.n)
                ORDER BY i
                """, cancellationToken, Pg.Text("c", carrier), Pg.Texts("numbers", numbers.ToArray()), Pg.Long("t", database.NowMs));
        }, cancellationToken);
    }

    public Task<string?> AllocateTrackingNumberAsync(string carrier, string orderId, int parcel, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(carrier);
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        return database.WriteAsync(async (connection, transaction) =>
        {
            var key = new[] { Pg.Text("c", carrier), Pg.Text("o", orderId), Pg.Int("p", parcel) };
            await LockAsync(connection, transaction, $"tracking-parcel:{carrier}:{orderId}:{parcel}", cancellationToken);
            if (await Pg.ScalarAsync(connection, transaction,
                "SELECT number FROM tracking_numbers WHERE carrier = @c AND order_id = @o AND parcel = @p", cancellationToken, Clone(key)) is string number)
                return number;
            return await Pg.ScalarAsync(connection, transaction,
                """
                UPDATE tracking_numbers SET order_id = @o, parcel = @p, allocated_utc = @t
                WHERE carrier = @c AND number = (SELECT number FROM tracking_numbers WHERE carrier = @c AND order_id IS NULL
                                                 ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING number
                """, cancellationToken, [.. Clone(key), Pg.Long("t", database.NowMs)]) as string;
        }, cancellationToken);
    }

    public Task<int> CountFreeTrackingNumbersAsync(string carrier, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => Convert.ToInt32(await Pg.ScalarAsync(connection, null,
            "SELECT COUNT(*) FROM tracking_numbers WHERE carrier = @c AND order_id IS NULL", cancellationToken, Pg.Text("c", carrier)),
            System.Globalization.CultureInfo.InvariantCulture), cancellationToken);

    public Task<long> NextSequenceValueAsync(string sequence, string orderId, int parcel, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sequence);
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await LockAsync(connection, transaction, "sequence:" + sequence, cancellationToken);
            if (await Pg.ScalarAsync(connection, transaction, "SELECT value FROM tracking_sequences WHERE name = @n AND order_id = @o AND parcel = @p",
                cancellationToken, Pg.Text("n", sequence), Pg.Text("o", orderId), Pg.Int("p", parcel)) is long existing)
                return existing;
            return (long)(await Pg.ScalarAsync(connection, transaction,
                """
                INSERT INTO tracking_sequences (name, value, order_id, parcel)
                SELECT @n, COALESCE(MAX(value), 0) + 1, @o, @p FROM tracking_sequences WHERE name = @n
                RETURNING value
                """, cancellationToken, Pg.Text("n", sequence), Pg.Text("o", orderId), Pg.Int("p", parcel)))!;
        }, cancellationToken);
    }

    private static Task<int> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string name, CancellationToken cancellationToken) =>
        Pg.ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(hashtextextended(@name, 0))", cancellationToken, Pg.Text("name", name));

    private static NpgsqlParameter[] Clone(NpgsqlParameter[] parameters) => parameters.Select(p => p.Clone()).ToArray();
}
