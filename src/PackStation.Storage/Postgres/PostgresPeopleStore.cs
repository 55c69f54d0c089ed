using Npgsql;
using PackStation.Domain.Packers;
using PackStation.Domain.Ports;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Postgres;

/// <summary>Packers, revoked badges and the log of changes to people on PostgreSQL (migration 0510).</summary>
internal sealed class PostgresPeopleStore(PostgresDatabase database) : IPeopleStore
{
    public Task<IReadOnlyList<Packer>> LoadPackersAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => (IReadOnlyList<Packer>)await Pg.ListAsync(connection, null,
            $"SELECT {StoredRows.PackerColumns} FROM packers ORDER BY id", StoredRows.Packer, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<string>> LoadRevokedBadgesAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => (IReadOnlyList<string>)await Pg.ListAsync(connection, null,
            "SELECT code FROM revoked_badges", r => r.GetString(0).ToUpperInvariant(), cancellationToken), cancellationToken);

    public Task<IReadOnlyList<string>> SavePackersAsync(IReadOnlyList<PackerChange> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return database.WriteAsync<IReadOnlyList<string>>(async (connection, transaction) =>
        {
            await PgPeopleEvents.LockAsync(connection, transaction, cancellationToken);
            var skipped = new List<string>();
            foreach (var change in changes)
            {
                if (!await SavePackerAsync(connection, transaction, change, cancellationToken))
                    skipped.Add(change.Packer.Id);
            }

            return skipped;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<PeopleEvent>> ReadPeopleEventsAsync(string? subject, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => (IReadOnlyList<PeopleEvent>)await Pg.ListAsync(connection, null,
            $"""
            SELECT {StoredRows.PeopleEventColumns} FROM people_events
            WHERE @subject::text IS NULL OR lower(subject) = lower(@subject) ORDER BY seq DESC LIMIT @limit
            """, StoredRows.PeopleEvent, cancellationToken, Pg.Text("subject", subject), Pg.Int("limit", Math.Max(1, limit))), cancellationToken);

    public Task<long> PeopleVersionAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => (long)(await Pg.ScalarAsync(connection, null,
            "SELECT COALESCE(MAX(seq), 0) FROM people_events", cancellationToken))!, cancellationToken);

    private static async Task<bool> SavePackerAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PackerChange change,
        CancellationToken cancellationToken)
    {
        var p = change.Packer;
        NpgsqlParameter[] Values() => [Pg.Text("id", p.Id), Pg.Text("name", p.Name), Pg.Text("badge", p.Badge), Pg.Text("role", p.Role.ToString()),
            Pg.Int("active", p.Active ? 1 : 0)];
        if (change.IsNew)
        {
            if (await Pg.ExecuteAsync(connection, transaction,
                    "INSERT INTO packers (id, name, badge, role, active) VALUES (@id, @name, @badge, @role, @active) ON CONFLICT (id) DO NOTHING",
                    cancellationToken, Values()) == 0)
                return false;
        }
        else
        {
            await Pg.ExecuteAsync(connection, transaction,
                """
                INSERT INTO revoked_badges (code, packer_id, revoked_utc)
                SELECT upper(badge), id, @at FROM packers WHERE id = @id AND badge <> @badge ON CONFLICT (code) DO NOTHING
                """, cancellationToken, Pg.Text("id", p.Id), Pg.Text("badge", p.Badge), Pg.Long("at", StoredValues.Ms(change.Event.At)));
            if (await Pg.ExecuteAsync(connection, transaction,
                    "UPDATE packers SET name = @name, badge = @badge, role = @role, active = @active WHERE id = @id", cancellationToken, Values()) == 0)
                return false;
        }

        await PgPeopleEvents.InsertAsync(connection, transaction, change.Event, cancellationToken);
        return true;
    }
}
