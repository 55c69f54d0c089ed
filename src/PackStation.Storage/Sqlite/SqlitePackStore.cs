using Microsoft.Data.Sqlite;
using PackStation.Domain.Ports;

namespace PackStation.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Every write is one immediate transaction (BEGIN IMMEDIATE takes
/// the write lock up front, so read-then-write never fails on a stale snapshot); several processes may share the file.
/// The operations are split by port over the partial files beside this one.
/// </summary>
public sealed partial class SqlitePackStore : IPackStore, IDisposable
{
    private readonly SqliteConnectionFactory _connections;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _gate;
    private readonly GroupCommitWriter _groupCommit;

    public SqlitePackStore(StoreOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connections = new SqliteConnectionFactory(options);
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _gate = WriteGate.For(_connections.DataSource);
        _groupCommit = new GroupCommitWriter(_connections, _gate);
    }

    public string DataSource => _connections.DataSource;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await _connections.PrepareAsync(cancellationToken);
        try
        {
            await using var connection = await _connections.OpenAsync(cancellationToken);
            await SqliteMigrator.MigrateAsync(connection, _clock, cancellationToken);
        }
        catch (SqliteException e)
        {
            throw new StoreException($"Store:ConnectionString: the database {DataSource} cannot be migrated: {e.Message}", e);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one immediate transaction and commits it. Writers of this process queue fairly
    /// at the file's <see cref="WriteGate"/> first, so SQLite's lock only arbitrates between processes.
    /// </summary>
    private async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var result = await work(connection, transaction);
            transaction.Commit();
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> as one step of the group writer's next batch, under its own savepoint: it shares the
    /// transaction and the fsync with the station commits around it. For the frequent writes of the packing loop.
    /// </summary>
    private Task<T> StepAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        _groupCommit.EnqueueAsync(context => work(context.Connection, context.Transaction), cancellationToken);

    private async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenForReadAsync(cancellationToken);
        return await work(connection);
    }

    private long NowMs => Sql.Ms(_clock.GetUtcNow());

    /// <summary>Writes the station steps already queued and closes the group writer's connection.</summary>
    public void Dispose() => _groupCommit.Dispose();
}
