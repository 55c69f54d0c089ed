namespace PackStation.Domain.Packing.Actions;

/// <summary>Claim the most urgent ready order, then start it.</summary>
public sealed record ClaimNextOrder : StepAction;
