namespace PackStation.Domain.Packing;

/// <summary>Progress of a supervisor override: the badge comes first, then a reason code.</summary>
public enum OverrideStage
{
    None,
    AwaitingSupervisor,
    AwaitingReason,
}
