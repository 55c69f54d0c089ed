using PackStation.Domain.Ports;

namespace PackStation.Domain.Leases;

/// <summary>
/// Who may take a lease: anyone when it is free or has run out; its own holder again; and a process of the same host
/// when the holder recorded there is no longer running (a restart after a crash need not wait out the lease). A lease
/// held by a live process, or by one on another host that has not run out, is refused.
/// </summary>
public static class LeaseRule
{
    /// <summary>The holder id the take must replace (null: none), or <see cref="LeaseDecision.Refused"/>.</summary>
    public static LeaseDecision Decide(Lease? current, LeaseHolder me, DateTimeOffset now, Func<LeaseHolder, bool> isRunningOnThisHost)
    {
        ArgumentNullException.ThrowIfNull(me);
        ArgumentNullException.ThrowIfNull(isRunningOnThisHost);
        if (current is null)
            return LeaseDecision.Take(null);
        if (current.Holder.Id == me.Id || !current.IsLive(now))
            return LeaseDecision.Take(current.Holder.Id);
        if (string.Equals(current.Holder.Host, me.Host, StringComparison.OrdinalIgnoreCase) && !isRunningOnThisHost(current.Holder))
            return LeaseDecision.Take(current.Holder.Id);
        return LeaseDecision.Refused(current);
    }
}
