using PackStation.Domain.Catalogue;
using PackStation.Domain.Ports;

namespace PackStation.Storage.Postgres;

/// <summary>Products and barcodes on PostgreSQL (packers are the people store's).</summary>
internal sealed class PostgresCatalogueStore(PostgresDatabase database) : ICatalogueStore
{
    public Task UpsertProductsAsync(IReadOnlyList<Product> products, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(products);
        return database.WriteAsync(async (connection, transaction) =>
        {
            foreach (var product in products)
            {
                await Pg.ExecuteAsync(connection, transaction,
                    """
                    INSERT INTO products (sku, title, unit_grams) VALUES (@sku, @title, @grams)
                    ON CONFLICT (sku) DO UPDATE SET title = excluded.title, unit_grams = excluded.unit_grams
                    """, cancellationToken, Pg.Text("sku", product.Sku), Pg.Text("title", product.Title), Pg.Int("grams", product.UnitGrams));
                foreach (var barcode in product.Barcodes)
                {
                    await Pg.ExecuteAsync(connection, transaction,
                        """
                        INSERT INTO barcodes (code, sku, multiplier) VALUES (@code, @sku, @m)
                        ON CONFLICT (code) DO UPDATE SET sku = excluded.sku, multiplier = excluded.multiplier
                        """, cancellationToken, Pg.Text("code", barcode.Code), Pg.Text("sku", product.Sku), Pg.Int("m", Math.Max(1, barcode.Multiplier)));
                }
            }

            return true;
        }, cancellationToken);
    }

    public Task<Catalogue> LoadCatalogueAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var products = (await Pg.ListAsync(connection, null, "SELECT sku, title, unit_grams FROM products",
                    r => (Sku: r.GetString(0), Title: r.GetString(1), Grams: r.IsDBNull(2) ? (int?)null : r.GetInt32(2)), cancellationToken))
                .ToDictionary(p => p.Sku, p => (p.Title, p.Grams, Codes: new List<ProductBarcode>()), StringComparer.Ordinal);
            foreach (var (code, sku, multiplier) in await Pg.ListAsync(connection, null, "SELECT code, sku, multiplier FROM barcodes",
                r => (r.GetString(0), r.GetString(1), r.GetInt32(2)), cancellationToken))
            {
                if (products.TryGetValue(sku, out var product))
                    product.Codes.Add(new ProductBarcode(code, multiplier));
            }

            return new Catalogue(products.Select(p => new Product(p.Key, p.Value.Title, p.Value.Grams, p.Value.Codes)));
        }, cancellationToken);
}
