using PackStation.Domain.Ports;

namespace PackStation.Domain.Claims;

/// <summary>The outcome of <see cref="ClaimRule.Decide"/>: take the order (keeping its progress or not), or why not.</summary>
public sealed record ClaimDecision(bool Takes, bool KeepProgress, ClaimRefusal Refusal, string? Detail)
{
    public static ClaimDecision Take(bool keepProgress) => new(true, keepProgress, ClaimRefusal.None, null);

    public static ClaimDecision Refuse(ClaimRefusal refusal, string detail) => new(false, false, refusal, detail);
}
