using PackStation.Domain.Ports;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Sqlite;

/// <summary>Leases on SQLite (migration 0610): each change is one conditional statement on the lease's row.</summary>
internal sealed class SqliteLeaseStore(SqliteDatabase database) : ILeaseStore
{
    public async Task<Lease?> GetAsync(string name, CancellationToken cancellationToken)
    {
        var leases = await ReadAsync("name = $n", cancellationToken, ("$n", name));
        return leases.Count == 0 ? null : leases[0];
    }

    public Task<bool> TryTakeAsync(string name, LeaseHolder holder, string? replacing, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(holder);
        return database.WriteAsync(async (connection, transaction) => await Sql.ExecuteAsync(connection, transaction,
            """
            INSERT INTO leases (name, holder_id, host, pid, started_utc, description, expires_utc)
            VALUES ($n, $id, $host, $pid, $started, $description, $expires)
            ON CONFLICT (name) DO UPDATE SET holder_id = excluded.holder_id, host = excluded.host, pid = excluded.pid,
                started_utc = excluded.started_utc, description = excluded.description, expires_utc = excluded.expires_utc
            WHERE leases.holder_id = $replacing OR leases.holder_id = excluded.holder_id OR leases.expires_utc <= $now
            """, cancellationToken, ("$n", name), ("$id", holder.Id), ("$host", holder.Host), ("$pid", holder.ProcessId),
            ("$started", Sql.Ms(holder.Started)), ("$description", holder.Description), ("$expires", Sql.Ms(now + duration)),
            ("$replacing", replacing), ("$now", Sql.Ms(now))) == 1, cancellationToken);
    }

    public Task<bool> RenewAsync(string name, string holderId, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Sql.ExecuteAsync(connection, transaction,
            "UPDATE leases SET expires_utc = $expires WHERE name = $n AND holder_id = $id",
            cancellationToken, ("$n", name), ("$id", holderId), ("$expires", Sql.Ms(now + duration))) == 1, cancellationToken);

    public Task ReleaseAsync(string name, string holderId, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Sql.ExecuteAsync(connection, transaction,
            "DELETE FROM leases WHERE name = $n AND holder_id = $id", cancellationToken, ("$n", name), ("$id", holderId)), cancellationToken);

    public Task<IReadOnlyList<Lease>> ListAsync(string prefix, CancellationToken cancellationToken) =>
        ReadAsync("substr(name, 1, length($p)) = $p ORDER BY name", cancellationToken, ("$p", prefix));

    private Task<IReadOnlyList<Lease>> ReadAsync(string where, CancellationToken cancellationToken, params (string, object?)[] parameters) =>
        database.ReadAsync(async connection =>
        {
            var leases = new List<Lease>();
            using var command = Sql.Command(connection, null, $"SELECT {StoredRows.LeaseColumns} FROM leases WHERE {where}", parameters);
            using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                leases.Add(StoredRows.Lease(reader));
            return (IReadOnlyList<Lease>)leases;
        }, cancellationToken);
}
