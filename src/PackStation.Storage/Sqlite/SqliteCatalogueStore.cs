using PackStation.Domain.Catalogue;
using PackStation.Domain.Ports;

namespace PackStation.Storage.Sqlite;

/// <summary>Products and barcodes.</summary>
internal sealed class SqliteCatalogueStore(SqliteDatabase database) : ICatalogueStore
{
    public Task UpsertProductsAsync(IReadOnlyList<Product> products, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(products);
        return database.WriteAsync(async (connection, transaction) =>
        {
            foreach (var product in products)
            {
                await Sql.ExecuteAsync(connection, transaction,
                    """
                    INSERT INTO products (sku, title, unit_grams) VALUES ($sku, $title, $grams)
                    ON CONFLICT (sku) DO UPDATE SET title = excluded.title, unit_grams = excluded.unit_grams
                    """, cancellationToken, ("$sku", product.Sku), ("$title", product.Title), ("$grams", product.UnitGrams));
                foreach (var barcode in product.Barcodes)
                {
                    await Sql.ExecuteAsync(connection, transaction,
                        """
                        INSERT INTO barcodes (code, sku, multiplier) VALUES ($code, $sku, $m)
                        ON CONFLICT (code) DO UPDATE SET sku = excluded.sku, multiplier = excluded.multiplier
                        """, cancellationToken, ("$code", barcode.Code), ("$sku", product.Sku), ("$m", Math.Max(1, barcode.Multiplier)));
                }
            }

            return true;
        }, cancellationToken);
    }

    public Task<Catalogue> LoadCatalogueAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var products = new Dictionary<string, (string Title, int? Grams, List<ProductBarcode> Codes)>(StringComparer.Ordinal);
            using (var command = Sql.Command(connection, null, "SELECT sku, title, unit_grams FROM products"))
            using (var r = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await r.ReadAsync(cancellationToken))
                    products[r.GetString(0)] = (r.GetString(1), r.IsDBNull(2) ? null : r.GetInt32(2), []);
            }

            using (var command = Sql.Command(connection, null, "SELECT code, sku, multiplier FROM barcodes"))
            using (var r = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await r.ReadAsync(cancellationToken))
                {
                    if (products.TryGetValue(r.GetString(1), out var product))
                        product.Codes.Add(new ProductBarcode(r.GetString(0), r.GetInt32(2)));
                }
            }

            return new Catalogue(products.Select(p => new Product(p.Key, p.Value.Title, p.Value.Grams, p.Value.Codes)));
        }, cancellationToken);
}
