using PackStation.Domain.Packers;

namespace PackStation.Domain.Ports;

/// <summary>Packers with their badges, revoked badges, and the log of every change to people (packers and accounts).</summary>
public interface IPeopleStore
{
    /// <summary>Every packer, active or not, by id.</summary>
    Task<IReadOnlyList<Packer>> LoadPackersAsync(CancellationToken cancellationToken);

    /// <summary>Badges that were replaced by a re-issued one (upper case). A disabled packer keeps their badge, refused while disabled.</summary>
    Task<IReadOnlyList<string>> LoadRevokedBadgesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes the changes and their events in one transaction. A new packer whose id is taken is skipped; returns the
    /// ids skipped that way (empty when all were written).
    /// </summary>
    Task<IReadOnlyList<string>> SavePackersAsync(IReadOnlyList<PackerChange> changes, CancellationToken cancellationToken);

    /// <summary>The newest changes to people first; <paramref name="subject"/> narrows them to one packer id or user name.</summary>
    Task<IReadOnlyList<PeopleEvent>> ReadPeopleEventsAsync(string? subject, int limit, CancellationToken cancellationToken);

    /// <summary>The sequence number of the newest change to people (0 when none): it grows with every change.</summary>
    Task<long> PeopleVersionAsync(CancellationToken cancellationToken);
}
