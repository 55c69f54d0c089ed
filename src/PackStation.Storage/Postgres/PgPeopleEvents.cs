using Npgsql;
using PackStation.Domain.Packers;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Postgres;

/// <summary>
/// Writes the <c>people_events</c> log (migration 0510) inside the caller's transaction. The writer first takes a
/// transaction advisory lock, so events get their sequence numbers in commit order and a host polling the newest
/// number never steps over a change another host commits late.
/// </summary>
internal static class PgPeopleEvents
{
    /// <summary>The advisory lock key of changes to people (any constant unique to PackStation).</summary>
    private const long PeopleLock = 0x5041_434B_5045_4F50; // "PACKPEOP"

    public static Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        Pg.ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", cancellationToken, Pg.Long("key", PeopleLock));

    public static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PeopleEvent change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await LockAsync(connection, transaction, cancellationToken);
        await Pg.ExecuteAsync(connection, transaction,
            """
            INSERT INTO people_events (at_utc, actor, subject_kind, subject, action, detail)
            VALUES (@at, @actor, @kind, @subject, @action, @detail)
            """, cancellationToken, Pg.Long("at", StoredValues.Ms(change.At)), Pg.Text("actor", change.Actor),
            Pg.Text("kind", change.SubjectKind.ToString()), Pg.Text("subject", change.Subject), Pg.Text("action", change.Action.ToString()),
            Pg.Text("detail", change.Detail));
    }
}
