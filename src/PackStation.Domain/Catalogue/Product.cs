namespace PackStation.Domain.Catalogue;

/// <summary>A SKU with its unit weight and every barcode that identifies it.</summary>
public sealed record Product(string Sku, string Title, int? UnitGrams, IReadOnlyList<ProductBarcode> Barcodes);
