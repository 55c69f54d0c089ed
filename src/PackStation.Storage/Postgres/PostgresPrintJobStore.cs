using Npgsql;
using PackStation.Domain.Ports;

namespace PackStation.Storage.Postgres;

/// <summary>
/// The print queue on PostgreSQL. Every transition names the state it leaves (an atomic conditional update), so two
/// hosts cannot both send one job; a printer's waiting jobs come from the partial index of open jobs.
/// </summary>
internal sealed class PostgresPrintJobStore(PostgresDatabase database) : IPrintJobStore
{
    private const string OpenJob = "state IN ('queued', 'sending')";

    public Task<PrintJob> EnqueueAsync(NewPrintJob job, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentException.ThrowIfNullOrWhiteSpace(job.Printer);
        if (job.Bytes is not { Length: > 0 })
            throw new ArgumentException("A print job needs bytes.", nameof(job));
        return database.ReadAsync(connection => PgPrintJobs.InsertAsync(connection, null, job, at, cancellationToken), cancellationToken);
    }

    public async Task<PrintJob?> GetAsync(long id, CancellationToken cancellationToken) =>
        First(await ReadAsync("id = @id", cancellationToken, Pg.Long("id", id)));

    public async Task<PrintJob?> GetNextAsync(string printer, CancellationToken cancellationToken) =>
        First(await ReadAsync($"printer = @printer AND {OpenJob} AND state = 'queued' ORDER BY id LIMIT 1", cancellationToken,
            Pg.Text("printer", printer)));

    private static PrintJob? First(IReadOnlyList<PrintJob> jobs) => jobs.Count > 0 ? jobs[0] : null;

    public async Task<bool> MarkSendingAsync(long id, DateTimeOffset at, CancellationToken cancellationToken) =>
        await ChangeAsync("UPDATE print_jobs SET state = 'sending', attempts = attempts + 1 WHERE id = @id AND state = 'queued'",
            cancellationToken, Pg.Long("id", id)) == 1;

    public Task MarkDoneAsync(long id, DateTimeOffset at, CancellationToken cancellationToken) =>
        TransitionAsync(id, "state = 'done', sent_at = @at, last_error = NULL", "state = 'sending'", cancellationToken, Pg.Text("at", Rows.StoredValues.Iso(at)));

    public Task MarkQueuedAsync(long id, string reason, CancellationToken cancellationToken) =>
        TransitionAsync(id, "state = 'queued', last_error = @reason", "state = 'sending'", cancellationToken, Pg.Text("reason", reason));

    public Task MarkFailedAsync(long id, string reason, CancellationToken cancellationToken) =>
        TransitionAsync(id, "state = 'failed', last_error = @reason", "state IN ('queued', 'sending')", cancellationToken, Pg.Text("reason", reason));

    public async Task<bool> CancelQueuedAsync(long id, string reason, CancellationToken cancellationToken) =>
        await ChangeAsync("UPDATE print_jobs SET state = 'failed', last_error = @reason WHERE id = @id AND state = 'queued'",
            cancellationToken, Pg.Long("id", id), Pg.Text("reason", reason)) == 1;

    public Task<IReadOnlyList<PrintJob>> ListForOrderAsync(string orderId, CancellationToken cancellationToken) =>
        ReadAsync("order_id = @order ORDER BY id", cancellationToken, Pg.Text("order", orderId));

    public Task<int> FailInterruptedAsync(string printer, string reason, CancellationToken cancellationToken) =>
        ChangeAsync("UPDATE print_jobs SET state = 'failed', last_error = @reason WHERE printer = @printer AND state = 'sending'",
            cancellationToken, Pg.Text("printer", printer), Pg.Text("reason", reason));

    public Task<int> CountQueuedAsync(string printer, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => Convert.ToInt32(await Pg.ScalarAsync(connection, null,
            $"SELECT COUNT(*) FROM print_jobs WHERE printer = @printer AND {OpenJob} AND state = 'queued'", cancellationToken,
            Pg.Text("printer", printer)), System.Globalization.CultureInfo.InvariantCulture), cancellationToken);

    public Task<IReadOnlyList<PrintJob>> ListAsync(string? printer, PrintJobState? state, int limit, CancellationToken cancellationToken)
    {
        var where = printer is not null && state is PrintJobState.Queued or PrintJobState.Sending
            ? $"printer = @printer AND {OpenJob} AND state = @state"
            : "(@printer::text IS NULL OR printer = @printer) AND (@state::text IS NULL OR state = @state)";
        return ReadAsync(where + " ORDER BY id DESC LIMIT @limit", cancellationToken,
            Pg.Text("printer", printer), Pg.Text("state", state?.ToString().ToLowerInvariant()), Pg.Int("limit", limit));
    }

    private async Task TransitionAsync(long id, string set, string from, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        if (await ChangeAsync($"UPDATE print_jobs SET {set} WHERE id = @id AND {from}", cancellationToken, [Pg.Long("id", id), .. parameters]) != 1)
            throw new StoreException($"Print job {id} is not in the state this change needs ({from}).");
    }

    private Task<int> ChangeAsync(string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters) =>
        database.ReadAsync(connection => Pg.ExecuteAsync(connection, null, sql, cancellationToken, parameters), cancellationToken);

    private Task<IReadOnlyList<PrintJob>> ReadAsync(string where, CancellationToken cancellationToken, params NpgsqlParameter[] parameters) =>
        database.ReadAsync(async connection => (IReadOnlyList<PrintJob>)await PgPrintJobs.ReadAsync(connection, null, where, cancellationToken, parameters),
            cancellationToken);
}
