using Microsoft.Data.Sqlite;

namespace PackStation.Storage.Sqlite;

/// <summary>
/// Copies committed pages from the WAL into the database file on its own thread, twice a second while the group
/// writer is committing. Left to SQLite, the checkpoint runs inside whichever COMMIT crosses the threshold and adds
/// its writes and fsync to the latency of every scan in that batch. A checkpoint that cannot finish (a reader still
/// needs old pages) or fails is simply tried again; the writer keeps a high automatic threshold as a safety net.
/// </summary>
internal sealed class WalCheckpointer : IDisposable
{
    /// <summary>Pages after which the writer's own COMMIT checkpoints anyway (≈ 40 MB), should this thread fall behind.</summary>
    public const int SafetyNetPages = 10_000;

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private readonly SqliteConnectionFactory _connections;
    private readonly ManualResetEventSlim _stop = new();
    private readonly Thread _thread;
    private int _dirty;

    public WalCheckpointer(SqliteConnectionFactory connections)
    {
        _connections = connections;
        _thread = new Thread(Run) { IsBackground = true, Name = "sqlite-wal-checkpoint" };
        _thread.Start();
    }

    /// <summary>Tells the checkpointer that the WAL has new pages.</summary>
    public void NoteCommit() => Volatile.Write(ref _dirty, 1);

    public void Dispose()
    {
        _stop.Set();
        _thread.Join(TimeSpan.FromSeconds(10));
        _stop.Dispose();
    }

    private void Run()
    {
        SqliteConnection? connection = null;
        try
        {
            while (!_stop.Wait(Interval))
            {
                if (Interlocked.Exchange(ref _dirty, 0) == 1)
                    connection = Checkpoint(connection);
            }

            if (Volatile.Read(ref _dirty) == 1)
                connection = Checkpoint(connection);
        }
        finally
        {
            connection?.Dispose();
        }
    }

    private SqliteConnection? Checkpoint(SqliteConnection? connection)
    {
        try
        {
            connection ??= _connections.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
            command.ExecuteNonQuery();
            return connection;
        }
        catch (SqliteException)
        {
            // Busy or failed: the pages stay in the WAL, which is still durable; try again at the next interval
            // with a fresh connection.
            connection?.Dispose();
            NoteCommit();
            return null;
        }
    }
}
