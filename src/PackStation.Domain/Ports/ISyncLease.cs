namespace PackStation.Domain.Ports;

/// <summary>
/// Makes sure only one sync of a shop runs at a time, across every process that uses the same store. The SQLite
/// provider holds an exclusive lock on a file beside the database; a provider for several hosts holds a lock its
/// server releases when the holder's connection ends. Either way a crashed holder never blocks the next sync.
/// </summary>
public interface ISyncLease
{
    /// <summary>The lease, held until disposed; or null when another sync of the shop holds it.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string shop, CancellationToken cancellationToken);
}
