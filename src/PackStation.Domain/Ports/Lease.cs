namespace PackStation.Domain.Ports;

/// <summary>A named lease, its holder and until when it holds.</summary>
public sealed record Lease(string Name, LeaseHolder Holder, DateTimeOffset ExpiresAt)
{
    public bool IsLive(DateTimeOffset now) => ExpiresAt > now;
}
