using PackStation.Domain.Orders;

namespace PackStation.Domain.Packing.Actions;

/// <summary>The order is packed: store it as packed with its shipment confirmation for the shop.</summary>
public sealed record CompleteOrder(Order Order, PackedOrder Packed) : StepAction;
