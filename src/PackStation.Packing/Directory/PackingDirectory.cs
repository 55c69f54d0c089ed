using PackStation.Domain.Catalogue;
using PackStation.Domain.Packers;
using PackStation.Domain.Ports;

namespace PackStation.Packing.Directory;

/// <summary>
/// The catalogue and the packers, kept in memory for the stations (a scan must not wait for the database to find a
/// barcode). Reloaded from the store: at start, after each shop sync, periodically, and the people as soon as they
/// change (<see cref="DirectoryRefreshService"/> watches the store's people version; this process's own changes
/// reload at once). Only active packers' badges log in; a re-issued or disabled packer's badge is known as revoked.
/// </summary>
public sealed class PackingDirectory(ICatalogueStore store, IPeopleStore people)
{
    private volatile Catalogue _catalogue = Catalogue.Empty;
    private volatile PeopleSnapshot _people = PeopleSnapshot.Empty;

    public Catalogue Catalogue => _catalogue;

    /// <summary>The active packers and supervisors.</summary>
    public IReadOnlyCollection<Packer> Packers => _people.ById.Values;

    /// <summary>The people version the packers were loaded at (see <see cref="IPeopleStore.PeopleVersionAsync"/>).</summary>
    public long PeopleVersion => _people.Version;

    /// <summary>The active packer whose badge this is (case-insensitive), or null.</summary>
    public Packer? FindByBadge(string badge) => _people.ByBadge.GetValueOrDefault(BadgeCode.Normalize(badge));

    /// <summary>An active packer by id, or null.</summary>
    public Packer? FindById(string id) => _people.ById.GetValueOrDefault(id);

    /// <summary>Whether the code is a badge that no longer logs in: replaced by a re-issued badge, or its packer disabled.</summary>
    public bool IsRevokedBadge(string badge) => _people.Revoked.Contains(BadgeCode.Normalize(badge));

    /// <summary>
    /// Why a login made as <paramref name="packer"/> no longer holds ("disabled", "badge re-issued"), or null while the
    /// packer is active and still carries that badge.
    /// </summary>
    public string? RevokedLoginReason(Packer packer)
    {
        ArgumentNullException.ThrowIfNull(packer);
        if (FindById(packer.Id) is not { } now)
            return "disabled";
        return BadgeCode.Normalize(now.Badge) == BadgeCode.Normalize(packer.Badge) ? null : "badge re-issued";
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var catalogue = await store.LoadCatalogueAsync(cancellationToken);
        await ReloadPeopleAsync(cancellationToken);
        _catalogue = catalogue;
    }

    public async Task ReloadPeopleAsync(CancellationToken cancellationToken)
    {
        var version = await people.PeopleVersionAsync(cancellationToken);
        var packers = await people.LoadPackersAsync(cancellationToken);
        var revoked = await people.LoadRevokedBadgesAsync(cancellationToken);
        _people = PeopleSnapshot.From(version, packers, revoked);
    }
}
