namespace PackStation.Domain.Ports;

/// <summary>
/// One service per store, where the provider needs it: the embedded SQLite store is run by one process at a time; a
/// store for several hosts lets each host run its own service (its stations are kept apart by their leases).
/// </summary>
public interface IServiceLock
{
    /// <summary>Holds the store for this process until it ends. Throws <see cref="StoreInUseException"/> naming the holder.</summary>
    Task AcquireAsync(CancellationToken cancellationToken);
}
