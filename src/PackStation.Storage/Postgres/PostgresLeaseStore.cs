using Npgsql;
using PackStation.Domain.Ports;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Postgres;

/// <summary>
/// Leases on PostgreSQL (migration 0610), the coordination of the hosts of a site: each change is one conditional
/// statement on the lease's row, so two hosts taking the same lease at once cannot both succeed.
/// </summary>
internal sealed class PostgresLeaseStore(PostgresDatabase database) : ILeaseStore
{
    public async Task<Lease?> GetAsync(string name, CancellationToken cancellationToken)
    {
        var leases = await ReadAsync("name = @n", cancellationToken, Pg.Text("n", name));
        return leases.Count == 0 ? null : leases[0];
    }

    public Task<bool> TryTakeAsync(string name, LeaseHolder holder, string? replacing, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(holder);
        return database.ReadAsync(async connection => await Pg.ExecuteAsync(connection, null,
            """
            INSERT INTO leases (name, holder_id, host, pid, started_utc, description, expires_utc)
            VALUES (@n, @id, @host, @pid, @started, @description, @expires)
            ON CONFLICT (name) DO UPDATE SET holder_id = excluded.holder_id, host = excluded.host, pid = excluded.pid,
                started_utc = excluded.started_utc, description = excluded.description, expires_utc = excluded.expires_utc
            WHERE leases.holder_id = @replacing OR leases.holder_id = excluded.holder_id OR leases.expires_utc <= @now
            """, cancellationToken, Pg.Text("n", name), Pg.Text("id", holder.Id), Pg.Text("host", holder.Host), Pg.Int("pid", holder.ProcessId),
            Pg.Long("started", StoredValues.Ms(holder.Started)), Pg.Text("description", holder.Description),
            Pg.Long("expires", StoredValues.Ms(now + duration)), Pg.Text("replacing", replacing), Pg.Long("now", StoredValues.Ms(now))) == 1,
            cancellationToken);
    }

    public Task<bool> RenewAsync(string name, string holderId, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => await Pg.ExecuteAsync(connection, null,
            "UPDATE leases SET expires_utc = @expires WHERE name = @n AND holder_id = @id", cancellationToken,
            Pg.Text("n", name), Pg.Text("id", holderId), Pg.Long("expires", StoredValues.Ms(now + duration))) == 1, cancellationToken);

    public Task ReleaseAsync(string name, string holderId, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => Pg.ExecuteAsync(connection, null, "DELETE FROM leases WHERE name = @n AND holder_id = @id",
            cancellationToken, Pg.Text("n", name), Pg.Text("id", holderId)), cancellationToken);

    public Task<IReadOnlyList<Lease>> ListAsync(string prefix, CancellationToken cancellationToken) =>
        ReadAsync("starts_with(name, @p) ORDER BY name", cancellationToken, Pg.Text("p", prefix));

    private Task<IReadOnlyList<Lease>> ReadAsync(string where, CancellationToken cancellationToken, params NpgsqlParameter[] parameters) =>
        database.ReadAsync(async connection => (IReadOnlyList<Lease>)await Pg.ListAsync(connection, null,
            $"SELECT {StoredRows.LeaseColumns} FROM leases WHERE {where}", StoredRows.Lease, cancellationToken, parameters), cancellationToken);
}
