using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace PackStation.Storage.Sqlite;

/// <summary>
/// One SQLite file in WAL mode, shared by the SQLite stores of every port. Every write is one immediate transaction
/// (BEGIN IMMEDIATE takes the write lock up front, so read-then-write never fails on a stale snapshot); the packing
/// loop's frequent writes go through the <see cref="GroupCommitWriter"/> instead, as steps of its next batch.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    private readonly SqliteConnectionFactory _connections;
    private readonly SemaphoreSlim _gate;
    private readonly GroupCommitWriter _groupCommit;

    public SqliteDatabase(IOptions<StoreOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connections = new SqliteConnectionFactory(options.Value);
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _gate = WriteGate.For(_connections.DataSource);
        _groupCommit = new GroupCommitWriter(_connections, _gate);
    }

    public string DataSource => _connections.DataSource;

    public bool IsInMemory => _connections.IsInMemory;

    public TimeProvider Clock { get; }

    public long NowMs => Sql.Ms(Clock.GetUtcNow());

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await _connections.PrepareAsync(cancellationToken);
        try
        {
            await using var connection = await _connections.OpenAsync(cancellationToken);
            await SqliteMigrator.MigrateAsync(connection, Clock, cancellationToken);
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
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
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
    public Task<T> StepAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        _groupCommit.EnqueueAsync(context => work(context.Connection, context.Transaction), cancellationToken);

    /// <summary>Runs <paramref name="work"/> with the group writer's prepared statements (a station commit).</summary>
    public Task<T> StepAsync<T>(Func<WriterContext, Task<T>> work, CancellationToken cancellationToken) =>
        _groupCommit.EnqueueAsync(work, cancellationToken);

    public async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenForReadAsync(cancellationToken);
        return await work(connection);
    }

    /// <summary>Writes the station steps already queued, closes the group writer's connection and the pooled ones.</summary>
    public void Dispose()
    {
        _groupCommit.Dispose();
        _connections.ClearPool();
    }
}
