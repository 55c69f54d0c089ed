using PackStation.Domain.Ports;

namespace PackStation.Storage.Sqlite;

/// <summary>
/// A shop's sync lease as an exclusive lock on a file beside the database (<c>packstation.db.sync-taobao.lock</c>):
/// every process on the same store sees the same file; the lock is released when disposed or when the process dies,
/// so a crashed sync never blocks the next one. It also excludes a second sync inside the same process.
/// </summary>
internal sealed class SqliteSyncLease(SqliteDatabase database) : ISyncLease
{
    public Task<IAsyncDisposable?> TryAcquireAsync(string shop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shop);
        var name = $"sync-{string.Concat(shop.Where(char.IsLetterOrDigit))}.lock";
        var path = database.IsInMemory
            ? Path.Combine(Path.GetTempPath(), $"packstation-memory-{Environment.ProcessId}.{name}")
            : Path.GetFullPath(database.DataSource) + "." + name;
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return Task.FromResult<IAsyncDisposable?>(stream);
        }
        catch (IOException)
        {
            return Task.FromResult<IAsyncDisposable?>(null);
        }
    }
}
