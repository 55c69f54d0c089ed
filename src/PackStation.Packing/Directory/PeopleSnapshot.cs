using PackStation.Domain.Packers;

namespace PackStation.Packing.Directory;

/// <summary>The packers as loaded at one people version: active ones by id and by badge, and the badges refused.</summary>
internal sealed record PeopleSnapshot(long Version, Dictionary<string, Packer> ById, Dictionary<string, Packer> ByBadge, HashSet<string> Revoked)
{
    public static PeopleSnapshot Empty { get; } = From(0, [], []);

    public static PeopleSnapshot From(long version, IReadOnlyList<Packer> packers, IReadOnlyList<string> revokedBadges)
    {
        var active = packers.Where(p => p.Active).ToList();
        var revoked = new HashSet<string>(revokedBadges.Select(BadgeCode.Normalize), StringComparer.Ordinal);
        revoked.UnionWith(packers.Where(p => !p.Active).Select(p => BadgeCode.Normalize(p.Badge)));
        var byBadge = new Dictionary<string, Packer>(StringComparer.Ordinal);
        foreach (var packer in active)
        {
            byBadge[BadgeCode.Normalize(packer.Badge)] = packer;
            revoked.Remove(BadgeCode.Normalize(packer.Badge));
        }

        return new PeopleSnapshot(version, active.ToDictionary(p => p.Id, StringComparer.Ordinal), byBadge, revoked);
    }
}
