namespace PackStation.Domain.Catalogue;

/// <summary>
/// What one item scan means: <paramref name="Units"/> units of <paramref name="Sku"/>; <see cref="Title"/> is the
/// product's title in the catalogue, so a packer is told "羊绒线 50g 正红", not only a SKU.
/// </summary>
public sealed record ItemMatch(string Sku, int Units, string Code)
{
    public string? Title { get; init; }
}
