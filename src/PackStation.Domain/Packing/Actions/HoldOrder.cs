namespace PackStation.Domain.Packing.Actions;

/// <summary>Put the order on hold for a supervisor, with the reason.</summary>
public sealed record HoldOrder(string OrderId, string Reason) : StepAction;
