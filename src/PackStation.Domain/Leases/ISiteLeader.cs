using PackStation.Domain.Ports;

namespace PackStation.Domain.Leases;

/// <summary>
/// Whether this process leads the site: the one that runs the site-wide work (the periodic shop sync, the outbox
/// relay, the claim sweeper, the demo order generator). Several hosts on one store elect one through the lease
/// <c>site-leader</c>; when the leader dies another host takes over once the lease has run out. On SQLite the single
/// service is the leader.
/// </summary>
public interface ISiteLeader
{
    /// <summary>True while this process holds the leader's lease (as of its last renewal).</summary>
    bool IsLeader { get; }

    /// <summary>Who leads, as last seen (this process when <see cref="IsLeader"/>); null before the first look.</summary>
    LeaseHolder? Leader { get; }
}
