using Microsoft.Data.Sqlite;
using PackStation.Domain.Ports;

namespace PackStation.Storage.Sqlite;

/// <summary>
/// The print queue (migration 0100). Every transition names the state it leaves, so it happens once. A station's
/// label jobs are steps of the group writer, like its other steps.
/// </summary>
internal sealed class SqlitePrintJobStore(SqliteDatabase database) : IPrintJobStore
{
    /// <summary>The condition of the partial index print_jobs_queue, repeated word for word so SQLite uses the index.</summary>
    private const string OpenJob = "state IN ('queued', 'sending')";

    public Task<PrintJob> EnqueueAsync(NewPrintJob job, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentException.ThrowIfNullOrWhiteSpace(job.Printer);
        if (job.Bytes is not { Length: > 0 })
            throw new ArgumentException("A print job needs bytes.", nameof(job));
        return database.StepAsync((connection, transaction) => PrintJobRows.InsertAsync(connection, transaction, job, at, cancellationToken), cancellationToken);
    }

    public async Task<PrintJob?> GetAsync(long id, CancellationToken cancellationToken) =>
        First(await ReadPrintJobsAsync("id = $id", cancellationToken, ("$id", id)));

    public async Task<PrintJob?> GetNextAsync(string printer, CancellationToken cancellationToken) =>
        First(await ReadPrintJobsAsync($"printer = $printer AND {OpenJob} AND state = 'queued' ORDER BY id LIMIT 1", cancellationToken, ("$printer", printer)));

    private static PrintJob? First(IReadOnlyList<PrintJob> jobs) => jobs.Count > 0 ? jobs[0] : null;

    public Task<bool> MarkSendingAsync(long id, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.StepAsync(async (connection, transaction) => await Sql.ExecuteAsync(connection, transaction,
            "UPDATE print_jobs SET state = 'sending', attempts = attempts + 1 WHERE id = $id AND state = 'queued'",
            cancellationToken, ("$id", id)) == 1, cancellationToken);

    public Task MarkDoneAsync(long id, DateTimeOffset at, CancellationToken cancellationToken) =>
        Transition(id, "state = 'done', sent_at = $at, last_error = NULL", "state = 'sending'", cancellationToken, ("$at", Sql.Iso(at)));

    public Task MarkQueuedAsync(long id, string reason, CancellationToken cancellationToken) =>
        Transition(id, "state = 'queued', last_error = $reason", "state = 'sending'", cancellationToken, ("$reason", reason));

    public Task MarkFailedAsync(long id, string reason, CancellationToken cancellationToken) =>
        Transition(id, "state = 'failed', last_error = $reason", "state IN ('queued', 'sending')", cancellationToken, ("$reason", reason));

    public Task<bool> CancelQueuedAsync(long id, string reason, CancellationToken cancellationToken) =>
        database.StepAsync(async (connection, transaction) => await Sql.ExecuteAsync(connection, transaction,
            "UPDATE print_jobs SET state = 'failed', last_error = $reason WHERE id = $id AND state = 'queued'",
            cancellationToken, ("$id", id), ("$reason", reason)) == 1, cancellationToken);

    public Task<int> CountQueuedAsync(string printer, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => (int)await Sql.ScalarAsync(connection, null,
            "SELECT COUNT(*) FROM print_jobs WHERE printer = $printer AND state = 'queued'", cancellationToken, ("$printer", printer)), cancellationToken);

    public Task<IReadOnlyList<PrintJob>> ListForOrderAsync(string orderId, CancellationToken cancellationToken) =>
        ReadPrintJobsAsync("order_id = $order ORDER BY id", cancellationToken, ("$order", orderId));

    public Task<int> FailInterruptedAsync(string printer, string reason, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Sql.ExecuteAsync(connection, transaction,
            "UPDATE print_jobs SET state = 'failed', last_error = $reason WHERE printer = $printer AND state = 'sending'",
            cancellationToken, ("$printer", printer), ("$reason", reason)), cancellationToken);

    public Task<IReadOnlyList<PrintJob>> ListAsync(string? printer, PrintJobState? state, int limit, CancellationToken cancellationToken)
    {
        // A printer's waiting jobs come from the queue index; the other listings are for people and may scan.
        var where = printer is not null && state is PrintJobState.Queued or PrintJobState.Sending
            ? $"printer = $printer AND {OpenJob} AND state = $state"
            : "($printer IS NULL OR printer = $printer) AND ($state IS NULL OR state = $state)";
        return ReadPrintJobsAsync(where + " ORDER BY id DESC LIMIT $limit",
            cancellationToken, ("$printer", printer), ("$state", state?.ToString().ToLowerInvariant()), ("$limit", limit));
    }

    private Task<int> Transition(long id, string set, string from, CancellationToken cancellationToken, params (string, object?)[] parameters) =>
        database.StepAsync(async (connection, transaction) =>
        {
            var changed = await Sql.ExecuteAsync(connection, transaction, $"UPDATE print_jobs SET {set} WHERE id = $id AND {from}",
                cancellationToken, [("$id", id), .. parameters]);
            return changed == 1 ? changed : throw new StoreException($"Print job {id} is not in the state this change needs ({from}).");
        }, cancellationToken);

    private Task<IReadOnlyList<PrintJob>> ReadPrintJobsAsync(string where, CancellationToken cancellationToken, params (string, object?)[] parameters) =>
        database.ReadAsync(connection => PrintJobRows.ReadAsync(connection, null, where, cancellationToken, parameters), cancellationToken);
}
