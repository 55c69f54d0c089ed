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
            EnsureFolder(path);
            try
            {
                _held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new StoreException($"Store:ConnectionString: cannot open {path} beside the database: {e.Message}", e);
            }
            catch (IOException) when (File.Exists(path))
            {
                throw new StoreInUseException(
                    $"Store:ConnectionString: the store {Path.GetFullPath(database.DataSource)} is in use by {Holder(path)}. " +
                    "One service runs on a SQLite store at a time: stop that one first (or point this one at another store).");
            }
            catch (IOException e)
            {
                throw new StoreException($"Store:ConnectionString: cannot open {path} beside the database: {e.Message}", e);
            }

            File.WriteAllText(path + ".holder", string.Create(CultureInfo.InvariantCulture, $"{leases.Me}\n"));
            return Task.CompletedTask;
        }
    }

    /// <summary>The database's folder can be made: else the path is the problem, not another service.</summary>
    private static void EnsureFolder(string path)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"Store:ConnectionString: cannot create the folder of {path}: {e.Message}", e);
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
