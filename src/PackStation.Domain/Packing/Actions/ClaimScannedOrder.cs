namespace PackStation.Domain.Packing.Actions;

/// <summary>Claim the order the scan named (an order id, the shop's order number, a tote or a waybill), then start it.</summary>
public sealed record ClaimScannedOrder(string Reference) : StepAction;
