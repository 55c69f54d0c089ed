using PackStation.Domain.Events;
using PackStation.Domain.Packing;
using PackStation.Domain.Shipping;

namespace PackStation.Domain.Ports;

/// <summary>
/// Everything one session step changes, stored in one transaction before the packer sees the result: the events,
/// the order's progress, an order leaving the station, and the shipment confirmation of a packed order.
/// </summary>
public sealed record PackCommit(
    string StationId,
    IReadOnlyList<PackEvent> Events,
    OrderProgress? Progress = null,
    OrderTransition? Transition = null,
    ShipmentConfirmation? Confirmation = null)
{
    public bool IsEmpty => Events.Count == 0 && Progress is null && Transition is null && Confirmation is null;
}
