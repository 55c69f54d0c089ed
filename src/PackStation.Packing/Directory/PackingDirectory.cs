using PackStation.Domain.Catalogue;
using PackStation.Domain.Packers;
using PackStation.Domain.Ports;

namespace PackStation.Packing.Directory;

/// <summary>
/// The catalogue and the packers, kept in memory for the stations (a scan must not wait for the database to find a
/// barcode). Reloaded from the store by <see cref="ReloadAsync"/>: at start, after each shop sync, and periodically.
/// </summary>
public sealed class PackingDirectory(ICatalogueStore store)
{
    private volatile Catalogue _catalogue = Catalogue.Empty;
    private volatile Dictionary<string, Packer> _byBadge = new(StringComparer.Ordinal);
    private volatile Dictionary<string, Packer> _byId = new(StringComparer.Ordinal);

    public Catalogue Catalogue => _catalogue;

    public IReadOnlyCollection<Packer> Packers => _byId.Values;

    public Packer? FindByBadge(string badge) => _byBadge.GetValueOrDefault(badge);

    public Packer? FindById(string id) => _byId.GetValueOrDefault(id);

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var catalogue = await store.LoadCatalogueAsync(cancellationToken);
        var packers = await store.LoadPackersAsync(cancellationToken);
        _catalogue = catalogue;
        _byBadge = packers.ToDictionary(p => p.Badge, StringComparer.Ordinal);
        _byId = packers.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }
}
