using PackStation.Domain.Catalogue;
using PackStation.Domain.Orders;

namespace PackStation.Shops.Sync;

/// <summary>
/// Gives an order line without a unit weight the catalogue's weight for its SKU. The shop's own weight always wins;
/// a SKU the catalogue does not know (or knows without a weight) stays without one.
/// </summary>
public static class CatalogueWeights
{
    public static Order Fill(Order order, Catalogue products)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(products);
        if (products.Count == 0 || order.Lines.All(l => l.UnitGrams is not null))
            return order;
        return order with
        {
            Lines = order.Lines.Select(l => l.UnitGrams is null && products.FindProduct(l.Sku)?.UnitGrams is { } grams ? l with { UnitGrams = grams } : l).ToList(),
        };
    }
}
