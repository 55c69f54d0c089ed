namespace PackStation.TestKit.Shops;

/// <summary>An order as the fake Shopify keeps it.</summary>
public sealed class FakeShopifyOrder
{
    public long Id { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string FinancialStatus { get; set; } = "paid";
    public DateTimeOffset? CancelledAt { get; set; }
    public string? FulfillmentStatus { get; set; }
    public string Name { get; init; } = "Jane Doe";
    public List<(string Sku, string Title, int Quantity, int Grams)> Lines { get; init; } = [("CY-26-RED-50", "Cashmere yarn 50g red", 2, 52)];
    public long FulfillmentOrderId => Id * 10;
    public string FulfillmentOrderStatus { get; set; } = "open";
    public List<string> TrackingNumbers { get; } = [];
    public int Fulfillments { get; set; }

    /// <summary>Replaces the whole order JSON (to serve malformed or incomplete orders).</summary>
    public string? RawJson { get; set; }
}
