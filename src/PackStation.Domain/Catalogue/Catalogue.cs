using System.Collections.Frozen;
using PackStation.Domain.Orders;

namespace PackStation.Domain.Catalogue;

/// <summary>
/// Resolves scanned codes to SKUs. A code may be the barcode as printed, a GTIN inside GS1 content
/// (AI 01, GTIN-14 with a leading zero for an EAN-13) or the SKU itself.
/// </summary>
public sealed class Catalogue
{
    private readonly FrozenDictionary<string, ItemMatch> _byCode;
    private readonly FrozenDictionary<string, Product> _bySku;

    public Catalogue(IEnumerable<Product> products)
    {
        ArgumentNullException.ThrowIfNull(products);
        var bySku = new Dictionary<string, Product>(StringComparer.Ordinal);
        var byCode = new Dictionary<string, ItemMatch>(StringComparer.Ordinal);
        foreach (var product in products)
        {
            bySku[product.Sku] = product;
            foreach (var barcode in product.Barcodes)
                byCode[barcode.Code] = new ItemMatch(product.Sku, Math.Max(1, barcode.Multiplier), barcode.Code) { Title = product.Title };
        }

        _bySku = bySku.ToFrozenDictionary(StringComparer.Ordinal);
        _byCode = byCode.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static Catalogue Empty { get; } = new([]);

    public int Count => _bySku.Count;

    public IEnumerable<Product> Products => _bySku.Values;

    public Product? FindProduct(string sku) => _bySku.GetValueOrDefault(sku);

    /// <summary>
    /// The order with each line that has no unit weight given the catalogue's weight for its SKU (shops such as Taobao
    /// send none). A weight the order carries wins; a SKU the catalogue does not weigh stays without one.
    /// </summary>
    public Order WithUnitWeights(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (Count == 0 || order.Lines.All(line => line.UnitGrams is not null))
            return order;
        var lines = order.Lines
            .Select(line => line.UnitGrams is null && FindProduct(line.Sku)?.UnitGrams is { } grams ? line with { UnitGrams = grams } : line)
            .ToList();
        return order with { Lines = lines };
    }

    /// <summary>Finds what a scanned code means, or returns false for an unknown barcode.</summary>
    public bool TryResolve(string code, string? gtin, out ItemMatch match)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (_byCode.TryGetValue(code, out match!))
            return true;
        if (gtin is not null && TryResolveGtin(gtin, out match))
            return true;
        match = null!;
        return false;
    }

    private bool TryResolveGtin(string gtin, out ItemMatch match)
    {
        // A GTIN-14 from GS1 AI (01) carries leading zeros that the printed EAN-13/UPC-A/EAN-8 omits.
        var trimmed = gtin;
        while (true)
        {
            if (_byCode.TryGetValue(trimmed, out match!))
                return true;
            if (trimmed.Length <= 8 || trimmed[0] != '0')
                return false;
            trimmed = trimmed[1..];
        }
    }
}
