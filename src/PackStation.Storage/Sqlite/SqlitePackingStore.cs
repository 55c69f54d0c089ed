using Microsoft.Data.Sqlite;
using PackStation.Domain.Events;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.Domain.Shipping;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Sqlite;

/// <summary>Station commits (events, progress, order transitions, outbox) and the event log.</summary>
internal sealed class SqlitePackingStore(SqliteDatabase database) : IPackingStore
{
    private const string EventColumns = StoredRows.EventColumns;

    /// <summary>Queues the commit for the group writer; returns once it is durable (or throws what failed it).</summary>
    public Task CommitAsync(PackCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (commit.IsEmpty)
            return Task.CompletedTask;

        // JSON is written here, on the caller's thread, so the single writer thread only binds and runs statements.
        var queued = new QueuedCommit(commit,
            commit.Progress is { } progress ? StoreJson.Write(progress) : null,
            commit.Confirmation is { } confirmation ? StoreJson.Write(confirmation.TrackingNumbers) : null);
        return database.StepAsync(context =>
        {
            ApplyCommit(context.Statements, queued);
            return Task.FromResult(true);
        }, cancellationToken);
    }

    /// <summary>Applies one commit inside the group writer's transaction (under its own savepoint).</summary>
    private void ApplyCommit(CommitStatements statements, QueuedCommit queued)
    {
        var commit = queued.Commit;
        var stationId = commit.StationId;
        var orderId = commit.Transition?.OrderId ?? commit.Progress?.OrderId;
        if (orderId is not null)
            statements.RequireClaim(orderId, stationId);

        foreach (var e in commit.Events)
            statements.InsertEvent(e);

        var now = database.NowMs;
        if (commit.Progress is { } progress)
        {
            statements.SaveProgress(progress.OrderId, queued.ProgressJson!, now);
            foreach (var tracking in progress.TrackingNumbers)
                statements.InsertParcel(tracking, progress.OrderId, stationId, now);
        }

        if (commit.Transition is { } transition)
            statements.Transition(transition.OrderId, transition.To, transition.Reason, now);
        if (commit.Confirmation is { } confirmation)
            statements.InsertConfirmation(confirmation, queued.TrackingJson!);
    }

    public Task<IReadOnlyList<PackEvent>> ReadEventsAsync(long afterSequence, int limit, CancellationToken cancellationToken) =>
        ReadEventsWhereAsync("seq > $a ORDER BY seq LIMIT $limit", cancellationToken, ("$a", afterSequence), ("$limit", limit));

    public Task<IReadOnlyList<PackEvent>> ReadEventsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        ReadEventsWhereAsync("at_utc >= $a ORDER BY seq", cancellationToken, ("$a", Sql.Ms(since)));

    public Task<IReadOnlyList<PackEvent>> ReadOrderEventsAsync(string orderId, CancellationToken cancellationToken) =>
        ReadEventsWhereAsync("order_id = $a ORDER BY seq", cancellationToken, ("$a", orderId));

    private Task<IReadOnlyList<PackEvent>> ReadEventsWhereAsync(string where, CancellationToken cancellationToken, params (string, object?)[] parameters) =>
        database.ReadAsync(async connection =>
        {
            var events = new List<PackEvent>();
            using var command = Sql.Command(connection, null, $"SELECT {EventColumns} FROM events WHERE {where}", parameters);
            using var r = await command.ExecuteReaderAsync(cancellationToken);
            while (await r.ReadAsync(cancellationToken))
            {
                // Kinds are stored by name; a name this build does not know (a newer version wrote it) is skipped, not fatal.
                if (StoredRows.Event(r) is { } e)
                    events.Add(e);
            }

            return (IReadOnlyList<PackEvent>)events;
        }, cancellationToken);
}
