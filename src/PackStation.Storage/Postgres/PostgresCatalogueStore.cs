using PackStation.Domain.Catalogue;
using PackStation.Domain.Packers;
using PackStation.Domain.Ports;

namespace PackStation.Storage.Postgres;

/// <summary>Products, barcodes and packers on PostgreSQL.</summary>
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

    public Task UpsertPackersAsync(IReadOnlyList<Packer> packers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(packers);
        return database.WriteAsync(async (connection, transaction) =>
        {
            foreach (var packer in packers)
            {
                await Pg.ExecuteAsync(connection, transaction,
                    """
                    INSERT INTO packers (id, name, badge, role) VALUES (@id, @name, @badge, @role)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, badge = excluded.badge, role = excluded.role
                    """, cancellationToken, Pg.Text("id", packer.Id), Pg.Text("name", packer.Name), Pg.Text("badge", packer.Badge),
                    Pg.Text("role", packer.Role.ToString()));
            }

            return true;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<Packer>> LoadPackersAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => (IReadOnlyList<Packer>)await Pg.ListAsync(connection, null, "SELECT id, name, badge, role FROM packers ORDER BY id",
            r => new Packer(r.GetString(0), r.GetString(1), r.GetString(2), Enum.TryParse<PackerRole>(r.GetString(3), out var role) ? role : PackerRole.Packer),
            cancellationToken), cancellationToken);
}
