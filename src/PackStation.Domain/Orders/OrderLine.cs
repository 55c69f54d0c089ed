namespace PackStation.Domain.Orders;

/// <summary>One line of an order: how many of one SKU. <paramref name="UnitGrams"/> is null when the shop did not say.</summary>
public sealed record OrderLine(string Sku, string Title, int Quantity, int? UnitGrams = null);
