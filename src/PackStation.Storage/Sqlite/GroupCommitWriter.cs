using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using PackStation.Domain.Ports;

namespace PackStation.Storage.Sqlite;

/// <summary>
/// Group commit for station steps: commits that arrive while a transaction is being written wait and go together in
/// the next one, each under its own savepoint, so one fsync makes a whole batch durable and a failing commit (a lost
/// claim) fails alone. A caller's task completes only after the batch's COMMIT.
/// </summary>
internal sealed class GroupCommitWriter(
    SqliteConnectionFactory connections,
    SemaphoreSlim gate,
    Func<SqliteConnection, SqliteTransaction, PackCommit, CancellationToken, Task> apply)
{
    private const int MaxBatch = 256;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private int _started;

    private sealed record Pending(PackCommit Commit, TaskCompletionSource Done);

    public Task EnqueueAsync(PackCommit commit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new Pending(commit, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        _queue.Writer.TryWrite(pending);
        if (Interlocked.Exchange(ref _started, 1) == 0)
            _ = Task.Run(WriteLoopAsync, CancellationToken.None);
        return pending.Done.Task;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
                batch.Add(pending);
            await WriteBatchAsync(batch);
        }
    }

    private async Task WriteBatchAsync(List<Pending> batch)
    {
        var failures = new Exception?[batch.Count];
        try
        {
            await using var connection = await connections.OpenAsync(CancellationToken.None);
            await gate.WaitAsync();
            try
            {
                using var transaction = connection.BeginTransaction(deferred: false);
                for (var i = 0; i < batch.Count; i++)
                {
                    transaction.Save("step");
                    try
                    {
                        await apply(connection, transaction, batch[i].Commit, CancellationToken.None);
                        transaction.Release("step");
                    }
                    catch (Exception e) when (e is ClaimLostException or ArgumentException or SqliteException { SqliteErrorCode: 19 })
                    {
                        // This step alone is refused (lost claim, constraint); the rest of the batch goes on.
                        transaction.Rollback("step");
                        transaction.Release("step");
                        failures[i] = e;
                    }
                }

                transaction.Commit();
            }
            finally
            {
                gate.Release();
            }
        }
        catch (Exception e)
        {
            foreach (var pending in batch)
                pending.Done.TrySetException(e);
            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (failures[i] is { } failure)
                batch[i].Done.TrySetException(failure);
            else
                batch[i].Done.TrySetResult();
        }
    }
}
