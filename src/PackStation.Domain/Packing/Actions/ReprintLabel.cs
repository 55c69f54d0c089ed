using PackStation.Domain.Orders;

namespace PackStation.Domain.Packing.Actions;

/// <summary>Print the label with <paramref name="TrackingNumber"/> again (same number): of the open order or the one just packed.</summary>
public sealed record ReprintLabel(Order Order, string TrackingNumber) : StepAction;
