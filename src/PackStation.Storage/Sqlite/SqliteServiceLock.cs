using System.Globalization;
using PackStation.Domain.Ports;

namespace PackStation.Storage.Sqlite;

/// <summary>
/// One service per SQLite store: an exclusive lock (flock) on <c>packstation.db.lock</c> beside the database, held until
/// the process ends — the system releases it however the process ended, so a restart after a crash or a SIGKILL is
/// never blocked. <c>packstation.db.lock.holder</c> says who holds it, for the message a second service stops with.
/// </summary>
internal sealed class SqliteServiceLock(SqliteDatabase database, ILeaseKeeper leases) : IServiceLock, IDisposable
{
    private readonly Lock _gate = new();
    private FileStream? _held;

    public Task AcquireAsync(CancellationToken cancellationToken)
    {
        if (database.IsInMemory)
            return Task.CompletedTask;
        lock (_gate)
        {
            if (_held is not null)
                return Task.CompletedTask;
            var path = Path.GetFullPath(database.DataSource) + ".lock";
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            try
            {
                _held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                throw new StoreInUseException(
                    $"Store:ConnectionString: the store {Path.GetFullPath(database.DataSource)} is in use by {Holder(path)}. " +
                    "One service runs on a SQLite store at a time: stop that one first (or point this one at another store).");
            }

            File.WriteAllText(path + ".holder", string.Create(CultureInfo.InvariantCulture, $"{leases.Me}\n"));
            return Task.CompletedTask;
        }
    }

    private static string Holder(string path)
    {
        try
        {
            return File.ReadAllText(path + ".holder").Trim() is { Length: > 0 } holder ? holder : "another process";
        }
        catch (IOException)
        {
            return "another process";
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _held?.Dispose();
            _held = null;
        }
    }
}
