using PackStation.Domain.Ports;

namespace PackStation.Domain.Leases;

/// <summary>Take the lease (replacing the holder seen, if any), or not because <see cref="HeldBy"/> holds it.</summary>
public sealed record LeaseDecision(bool Takes, string? Replacing, Lease? HeldBy)
{
    public static LeaseDecision Take(string? replacing) => new(true, replacing, null);

    public static LeaseDecision Refused(Lease heldBy) => new(false, null, heldBy);
}
