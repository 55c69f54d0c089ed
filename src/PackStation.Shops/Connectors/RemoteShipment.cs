namespace PackStation.Shops.Connectors;

/// <summary>What the shop records about an order's shipment.</summary>
public sealed record RemoteShipment(RemoteShipmentState State, IReadOnlyList<string> TrackingNumbers)
{
    public static RemoteShipment NotShipped { get; } = new(RemoteShipmentState.NotShipped, []);

    /// <summary>True when the shop already has every one of <paramref name="trackingNumbers"/>.</summary>
    public bool HasAll(IEnumerable<string> trackingNumbers) =>
        State == RemoteShipmentState.Shipped && trackingNumbers.All(n => TrackingNumbers.Contains(n, StringComparer.OrdinalIgnoreCase));
}
