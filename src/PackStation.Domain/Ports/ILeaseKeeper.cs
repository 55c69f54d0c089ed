using PackStation.Domain.Leases;

namespace PackStation.Domain.Ports;

/// <summary>
/// This process's leases (over <see cref="ILeaseStore"/>): takes one as <see cref="LeaseRule"/> decides, renews and
/// gives it up. A caller holding a lease renews it at least every <see cref="RenewEvery"/>.
/// </summary>
public interface ILeaseKeeper
{
    /// <summary>This process, as lease holder.</summary>
    LeaseHolder Me { get; }

    /// <summary>How often a held lease must be renewed (a third of its duration).</summary>
    TimeSpan RenewEvery { get; }

    /// <summary>Takes the lease, or says who holds it.</summary>
    Task<LeaseDecision> TryTakeAsync(string name, CancellationToken cancellationToken);

    /// <summary>False when the lease is no longer ours.</summary>
    Task<bool> RenewAsync(string name, CancellationToken cancellationToken);

    Task ReleaseAsync(string name, CancellationToken cancellationToken);
}
