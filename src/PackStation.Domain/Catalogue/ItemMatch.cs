namespace PackStation.Domain.Catalogue;

/// <summary>What one item scan means: <paramref name="Units"/> units of <paramref name="Sku"/>.</summary>
public sealed record ItemMatch(string Sku, int Units, string Code);
