using Microsoft.Extensions.Options;

namespace PackStation.Shops.Sync;

/// <summary>
/// A lease held as an exclusive lock on a file (flock on Linux): released when disposed or when the process dies,
/// so a crashed sync never blocks the next one. Also excludes a second sync inside the same process.
/// </summary>
public sealed class FileSyncLease(IOptions<SyncOptions> options) : ISyncLease
{
    public Task<IAsyncDisposable?> TryAcquireAsync(string shop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shop);
        var path = options.Value.LockFile
            ?? Path.Combine(Path.GetTempPath(), $"packstation-sync-{string.Concat(shop.Where(char.IsLetterOrDigit))}.lock");
        try
        {
            var directory = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(directory))
                Directory.CreateDirectory(directory);
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return Task.FromResult<IAsyncDisposable?>(stream);
        }
        catch (IOException)
        {
            return Task.FromResult<IAsyncDisposable?>(null);
        }
    }
}
