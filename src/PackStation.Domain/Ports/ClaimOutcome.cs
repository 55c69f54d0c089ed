namespace PackStation.Domain.Ports;

public enum ClaimRefusal
{
    None,
    NotFound,
    ClaimedElsewhere,
    OnHold,
    AlreadyPacked,
    Cancelled,
    QueueEmpty,
}

/// <summary>The result of trying to claim an order: the claim, or why not.</summary>
public sealed record ClaimOutcome(Claim? Claim, ClaimRefusal Refusal, string? Detail = null)
{
    public static ClaimOutcome Refused(ClaimRefusal refusal, string detail) => new(null, refusal, detail);
}
