using Microsoft.Data.Sqlite;
using PackStation.Domain.Packers;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Sqlite;

/// <summary>Writes and reads the <c>people_events</c> log (migration 0510), shared by the packer and account writes.</summary>
internal static class PeopleEventRows
{
    public const string Columns = StoredRows.PeopleEventColumns;

    public static Task<int> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, PeopleEvent change, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, transaction,
            """
            INSERT INTO people_events (at_utc, actor, subject_kind, subject, action, detail)
            VALUES ($at, $actor, $kind, $subject, $action, $detail)
            """, cancellationToken, ("$at", Sql.Ms(change.At)), ("$actor", change.Actor), ("$kind", change.SubjectKind.ToString()),
            ("$subject", change.Subject), ("$action", change.Action.ToString()), ("$detail", change.Detail));

    public static PeopleEvent Read(SqliteDataReader r) => StoredRows.PeopleEvent(r);
}
