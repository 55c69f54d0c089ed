using PackStation.Domain.Catalogue;

namespace PackStation.Domain.Ports;

/// <summary>Products with their barcodes. (Packers and their badges: <see cref="IPeopleStore"/>.)</summary>
public interface ICatalogueStore
{
    Task UpsertProductsAsync(IReadOnlyList<Product> products, CancellationToken cancellationToken);

    Task<Catalogue.Catalogue> LoadCatalogueAsync(CancellationToken cancellationToken);
}
