namespace PackStation.Shops.Connectors;

public enum RemoteShipmentState
{
    /// <summary>The shop still waits for the seller to ship.</summary>
    NotShipped,

    /// <summary>The shop records the order as shipped (by us or by someone else).</summary>
    Shipped,

    /// <summary>The order was cancelled or refunded at the shop; it must not be confirmed.</summary>
    Cancelled,

    /// <summary>The shop does not know the order.</summary>
    NotFound,
}
