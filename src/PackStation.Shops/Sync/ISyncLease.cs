namespace PackStation.Shops.Sync;

/// <summary>
/// Makes sure only one sync of a shop runs at a time. SQLite sites run one process, guarded by a lock file
/// (<see cref="FileSyncLease"/>); a PostgreSQL store would take <c>pg_try_advisory_lock(hashtext('sync:' || shop))</c>
/// on a dedicated connection held for the run (see docs/operations.md).
/// </summary>
public interface ISyncLease
{
    /// <summary>The lease, or null when another sync holds it.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string shop, CancellationToken cancellationToken);
}
