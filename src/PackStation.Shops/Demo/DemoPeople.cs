using PackStation.Domain.Packers;
using PackStation.Domain.Ports;

namespace PackStation.Shops.Demo;

/// <summary>
/// Puts the demo packers into the store once, each with a random badge. A store from an older version still holds the
/// guessable demo badges ("BADGE-SUP1"): those are re-issued, so no demo site keeps a supervisor badge anyone can type.
/// </summary>
internal static class DemoPeople
{
    private const string Actor = "demo";
    private const string LegacyBadgePrefix = "BADGE-";

    public static async Task SeedAsync(IPeopleStore people, TimeProvider clock, CancellationToken cancellationToken)
    {
        var existing = (await people.LoadPackersAsync(cancellationToken)).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        var changes = new List<PackerChange>();
        foreach (var packer in DemoCatalogue.Packers)
        {
            if (!existing.TryGetValue(packer.Id, out var known))
                changes.Add(new PackerChange(packer, Event(now, packer.Id, PeopleAction.Added, packer.Name), IsNew: true));
            else if (known.Badge.StartsWith(LegacyBadgePrefix, StringComparison.OrdinalIgnoreCase))
                changes.Add(new PackerChange(known with { Badge = BadgeCode.New() },
                    Event(now, known.Id, PeopleAction.BadgeReissued, "guessable demo badge replaced"), IsNew: false));
        }

        if (changes.Count > 0)
            await people.SavePackersAsync(changes, cancellationToken);
    }

    private static PeopleEvent Event(DateTimeOffset at, string id, PeopleAction action, string detail) =>
        new(at, Actor, PeopleSubject.Packer, id, action, detail);
}
