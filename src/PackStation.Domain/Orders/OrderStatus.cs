namespace PackStation.Domain.Orders;

/// <summary>Where an order is in the warehouse.</summary>
public enum OrderStatus
{
    /// <summary>Imported and waiting for a station.</summary>
    Ready,

    /// <summary>Claimed by a station and being packed.</summary>
    InProgress,

    /// <summary>Stopped: short pick, held by a packer, or cancelled/refunded by the shop after import.</summary>
    Hold,

    /// <summary>Packed and labelled; the shipment confirmation is in the outbox.</summary>
    Packed,

    /// <summary>Cancelled by the shop before anyone started packing it.</summary>
    Cancelled,
}
