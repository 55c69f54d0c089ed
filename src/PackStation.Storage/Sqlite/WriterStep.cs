using Microsoft.Data.Sqlite;

namespace PackStation.Storage.Sqlite;

/// <summary>What a step queued for the group writer gets to work with: the batch's transaction and the prepared statements.</summary>
internal sealed record WriterContext(SqliteConnection Connection, SqliteTransaction Transaction, CommitStatements Statements);

/// <summary>One unit of work for the group writer, run under its own savepoint, and the caller waiting for it.</summary>
internal abstract class WriterStep
{
    /// <summary>Runs the work. Microsoft.Data.Sqlite's async methods complete synchronously, so the step has finished when this returns.</summary>
    public abstract void Run(WriterContext context);

    public abstract void Succeed();

    public abstract void Fail(Exception error);
}

/// <summary>A step with a result, handed to the caller only once the batch holding it is committed.</summary>
internal sealed class WriterStep<T>(Func<WriterContext, Task<T>> work) : WriterStep
{
    private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _result;

    public Task<T> Completion => _done.Task;

    public override void Run(WriterContext context) => _result = work(context).GetAwaiter().GetResult();

    public override void Succeed() => _done.TrySetResult(_result!);

    public override void Fail(Exception error) => _done.TrySetException(error);
}
