using PackStation.Domain.Catalogue;
using PackStation.Domain.Packers;

namespace PackStation.Domain.Ports;

/// <summary>Products with their barcodes, and the packers with their badges.</summary>
public interface ICatalogueStore
{
    Task UpsertProductsAsync(IReadOnlyList<Product> products, CancellationToken cancellationToken);

    Task<Catalogue.Catalogue> LoadCatalogueAsync(CancellationToken cancellationToken);

    Task UpsertPackersAsync(IReadOnlyList<Packer> packers, CancellationToken cancellationToken);

    Task<IReadOnlyList<Packer>> LoadPackersAsync(CancellationToken cancellationToken);
}
