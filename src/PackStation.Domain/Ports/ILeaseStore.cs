namespace PackStation.Domain.Ports;

/// <summary>
/// Named leases: a right (run station S04, relay the outbox, lead the site) held by one process at a time, for a
/// limited time the holder keeps renewing. A holder that dies stops renewing and the lease runs out; who may take a
/// lease that has not run out is <c>Domain.Leases.LeaseRule</c>'s decision, applied by <see cref="TryTakeAsync"/>
/// only while the lease still has the holder the decision saw.
/// </summary>
public interface ILeaseStore
{
    /// <summary>The lease as it stands (its holder and expiry, even if it has expired), or null when never taken or released.</summary>
    Task<Lease?> GetAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Makes <paramref name="holder"/> the holder until <paramref name="now"/> + <paramref name="duration"/>, if the lease is
    /// free, has expired, or is still held by <paramref name="replacing"/> (the holder the caller saw: itself, or one it
    /// knows to be gone). False when someone else holds it.
    /// </summary>
    Task<bool> TryTakeAsync(string name, LeaseHolder holder, string? replacing, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Extends the holder's lease; false when it is no longer theirs (it ran out and another took it).</summary>
    Task<bool> RenewAsync(string name, string holderId, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Gives the lease up, if the holder still has it.</summary>
    Task ReleaseAsync(string name, string holderId, CancellationToken cancellationToken);

    /// <summary>The leases whose name starts with <paramref name="prefix"/> ("station:"), expired ones included.</summary>
    Task<IReadOnlyList<Lease>> ListAsync(string prefix, CancellationToken cancellationToken);
}
