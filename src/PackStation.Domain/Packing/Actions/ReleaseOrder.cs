namespace PackStation.Domain.Packing.Actions;

/// <summary>Give the order back to the queue (cancelled at the station).</summary>
public sealed record ReleaseOrder(string OrderId) : StepAction;
