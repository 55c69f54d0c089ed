using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace PackStation.Storage.Sqlite;

/// <summary>
/// Group commit for the packing loop (station steps and claims): steps that arrive while a transaction is being
/// written wait and go together in the next one, each under its own savepoint, so one fsync makes a whole batch
/// durable and a failing step (a lost claim) fails alone. A caller's task completes only after the batch's COMMIT.
/// </summary>
/// <remarks>
/// The writer runs on its own thread with its own connection and statements prepared once (<see cref="CommitStatements"/>):
/// it is the one serial part of the packing pipeline, so it does no work a caller could have done (JSON is written
/// before a step is queued) and never blocks a thread-pool thread while SQLite syncs the file.
/// </remarks>
internal sealed class GroupCommitWriter(SqliteConnectionFactory connections, SemaphoreSlim gate) : IDisposable
{
    private const int MaxBatch = 256;
    private static readonly TimeSpan DrainOnDispose = TimeSpan.FromSeconds(10);
    private readonly BlockingCollection<WriterStep> _queue = new(new ConcurrentQueue<WriterStep>());
    private readonly Lock _startLock = new();
    private Thread? _thread;
    private WalCheckpointer? _checkpointer;
    private SqliteConnection? _connection;
    private CommitStatements? _statements;

    /// <summary>Queues <paramref name="work"/> for the next batch; the task completes once that batch is committed.</summary>
    public Task<T> EnqueueAsync<T>(Func<WriterContext, Task<T>> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var step = new WriterStep<T>(work);
        EnsureStarted();
        try
        {
            _queue.Add(step, CancellationToken.None);
        }
        catch (InvalidOperationException e)
        {
            throw new ObjectDisposedException("The store is closed; the step was not saved.", e);
        }

        return step.Completion;
    }

    /// <summary>Stops taking commits, writes those already queued, and closes the writer's connection.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        Thread? thread;
        lock (_startLock)
            thread = _thread;
        if (thread is not null && thread != Thread.CurrentThread)
            thread.Join(DrainOnDispose);
        else
            CloseConnection();
    }

    private void EnsureStarted()
    {
        if (Volatile.Read(ref _thread) is not null)
            return;
        lock (_startLock)
        {
            if (_thread is not null || _queue.IsAddingCompleted)
                return;
            _thread = new Thread(WriteLoop) { IsBackground = true, Name = "sqlite-group-commit" };
            _thread.Start();
        }
    }

    private void WriteLoop()
    {
        var batch = new List<WriterStep>(MaxBatch);
        try
        {
            foreach (var first in _queue.GetConsumingEnumerable())
            {
                batch.Clear();
                batch.Add(first);
                while (batch.Count < MaxBatch && _queue.TryTake(out var next))
                    batch.Add(next);
                WriteBatch(batch);
            }
        }
        finally
        {
            CloseConnection();
        }
    }

    private void WriteBatch(List<WriterStep> batch)
    {
        var failures = new Exception?[batch.Count];
        try
        {
            var statements = Statements();
            gate.Wait();
            try
            {
                using var transaction = _connection!.BeginTransaction(deferred: false);
                statements.Use(transaction);
                var context = new WriterContext(_connection, transaction, statements);
                for (var i = 0; i < batch.Count; i++)
                    failures[i] = RunStep(context, batch[i]);
                transaction.Commit();
                _checkpointer?.NoteCommit();
            }
            finally
            {
                gate.Release();
            }
        }
        catch (Exception e)
        {
            // The connection may be unusable (disk error, file replaced): the next batch opens a fresh one.
            CloseConnection();
            foreach (var step in batch)
                step.Fail(e);
            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (failures[i] is { } failure)
                batch[i].Fail(failure);
            else
                batch[i].Succeed();
        }
    }

    private static Exception? RunStep(WriterContext context, WriterStep step)
    {
        context.Statements.Savepoint();
        try
        {
            step.Run(context);
            context.Statements.Release();
            return null;
        }
        catch (Exception e) when (e is not SqliteException { SqliteErrorCode: not 19 })
        {
            // This step alone is refused (a lost claim, a constraint, bad stored data); the rest of the batch goes on.
            // Other SQLite errors (I/O, disk full) may have ended the transaction: they fail the whole batch.
            context.Statements.RollbackToSavepoint();
            context.Statements.Release();
            return e;
        }
    }

    private CommitStatements Statements()
    {
        if (_statements is not null)
            return _statements;
        _connection = connections.Open();
        if (!connections.IsInMemory)
        {
            using var pragma = _connection.CreateCommand();
            pragma.CommandText = $"PRAGMA wal_autocheckpoint={WalCheckpointer.SafetyNetPages}";
            pragma.ExecuteNonQuery();
            _checkpointer ??= new WalCheckpointer(connections);
        }

        _statements = new CommitStatements(_connection);
        return _statements;
    }

    private void CloseConnection()
    {
        _checkpointer?.Dispose();
        _checkpointer = null;
        _statements?.Dispose();
        _statements = null;
        _connection?.Dispose();
        _connection = null;
    }
}
