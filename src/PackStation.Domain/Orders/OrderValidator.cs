namespace PackStation.Domain.Orders;

/// <summary>Checks an order from a shop or file before it is stored: an order the station could not pack is refused whole.</summary>
public static class OrderValidator
{
    /// <summary>The most units of one SKU an order line may ask for: more is a mistake in the shop's data, not an order.</summary>
    public const int MaxQuantity = 100_000;

    /// <summary>Returns what is wrong with the order, or an empty list.</summary>
    public static IReadOnlyList<string> Problems(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(order.Id)) problems.Add("id is empty");
        if (string.IsNullOrWhiteSpace(order.Shop)) problems.Add("shop is empty");
        if (string.IsNullOrWhiteSpace(order.ExternalId)) problems.Add("externalId is empty");
        if (order.Recipient is null) problems.Add("recipient is missing");
        else if (string.IsNullOrWhiteSpace(order.Recipient.Name) && string.IsNullOrWhiteSpace(order.Recipient.Address))
            problems.Add("recipient has neither name nor address");
        if (order.Lines is null || order.Lines.Count == 0) problems.Add("the order has no lines");
        else
        {
            for (var i = 0; i < order.Lines.Count; i++)
            {
                var line = order.Lines[i];
                if (string.IsNullOrWhiteSpace(line.Sku)) problems.Add($"line {i + 1} has no SKU");
                if (line.Quantity is <= 0 or > MaxQuantity) problems.Add($"line {i + 1} ({line.Sku}) has quantity {line.Quantity}");
                if (line.UnitGrams is < 0) problems.Add($"line {i + 1} ({line.Sku}) has a negative unit weight");
            }
        }

        return problems;
    }

    public static void ThrowIfInvalid(Order order)
    {
        var problems = Problems(order);
        if (problems.Count > 0)
            throw new ArgumentException($"Order {order.Id} ({order.Shop}/{order.ExternalId}) is invalid: {string.Join("; ", problems)}.", nameof(order));
    }
}
