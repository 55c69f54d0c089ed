using Microsoft.Data.Sqlite;
using PackStation.Domain.Packers;
using PackStation.Domain.Ports;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Sqlite;

/// <summary>Packers, revoked badges and the log of changes to people (migration 0510).</summary>
internal sealed class SqlitePeopleStore(SqliteDatabase database) : IPeopleStore
{
    public Task<IReadOnlyList<Packer>> LoadPackersAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<Packer>>(async connection =>
        {
            var packers = new List<Packer>();
            using var command = Sql.Command(connection, null, $"SELECT {StoredRows.PackerColumns} FROM packers ORDER BY id");
            using var r = await command.ExecuteReaderAsync(cancellationToken);
            while (await r.ReadAsync(cancellationToken))
                packers.Add(StoredRows.Packer(r));

            return packers;
        }, cancellationToken);

    public Task<IReadOnlyList<string>> LoadRevokedBadgesAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<string>>(async connection =>
        {
            var codes = new List<string>();
            using var command = Sql.Command(connection, null, "SELECT code FROM revoked_badges");
            using var r = await command.ExecuteReaderAsync(cancellationToken);
            while (await r.ReadAsync(cancellationToken))
                codes.Add(r.GetString(0).ToUpperInvariant());
            return codes;
        }, cancellationToken);

    public Task<IReadOnlyList<string>> SavePackersAsync(IReadOnlyList<PackerChange> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return database.WriteAsync<IReadOnlyList<string>>(async (connection, transaction) =>
        {
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
        database.ReadAsync<IReadOnlyList<PeopleEvent>>(async connection =>
        {
            var where = subject is null ? "" : "WHERE subject = $subject COLLATE NOCASE";
            using var command = Sql.Command(connection, null, $"SELECT {PeopleEventRows.Columns} FROM people_events {where} ORDER BY seq DESC LIMIT $limit",
                ("$subject", subject), ("$limit", Math.Max(1, limit)));
            using var r = await command.ExecuteReaderAsync(cancellationToken);
            var events = new List<PeopleEvent>();
            while (await r.ReadAsync(cancellationToken))
                events.Add(PeopleEventRows.Read(r));
            return events;
        }, cancellationToken);

    public Task<long> PeopleVersionAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(connection => Sql.ScalarAsync(connection, null, "SELECT COALESCE(MAX(seq), 0) FROM people_events", cancellationToken), cancellationToken);

    private static async Task<bool> SavePackerAsync(SqliteConnection connection, SqliteTransaction transaction, PackerChange change, CancellationToken cancellationToken)
    {
        var p = change.Packer;
        var values = new (string, object?)[] { ("$id", p.Id), ("$name", p.Name), ("$badge", p.Badge), ("$role", p.Role.ToString()), ("$active", p.Active ? 1 : 0) };
        if (change.IsNew)
        {
            if (await Sql.ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM packers WHERE id = $id", cancellationToken, ("$id", p.Id)) > 0)
                return false;
            await Sql.ExecuteAsync(connection, transaction, "INSERT INTO packers (id, name, badge, role, active) VALUES ($id, $name, $badge, $role, $active)",
                cancellationToken, values);
        }
        else
        {
            await Sql.ExecuteAsync(connection, transaction,
                """
                INSERT INTO revoked_badges (code, packer_id, revoked_utc)
                SELECT badge, id, $at FROM packers WHERE id = $id AND badge <> $badge ON CONFLICT (code) DO NOTHING
                """, cancellationToken, ("$id", p.Id), ("$badge", p.Badge), ("$at", Sql.Ms(change.Event.At)));
            if (await Sql.ExecuteAsync(connection, transaction, "UPDATE packers SET name = $name, badge = $badge, role = $role, active = $active WHERE id = $id",
                    cancellationToken, values) == 0)
                return false;
        }

        await PeopleEventRows.InsertAsync(connection, transaction, change.Event, cancellationToken);
        return true;
    }
}
