using Microsoft.Extensions.Logging;
using PackStation.Domain.Packers;
using PackStation.Domain.Ports;

namespace PackStation.Packing.Directory;

/// <summary>
/// Enrols and changes packers: add, rename, change role, disable, re-enable, re-issue a badge. Each change is written
/// with its <see cref="PeopleEvent"/> (who, when, what) and the stations' directory is reloaded at once. Used by the
/// dashboard's API and by <c>packstation packers</c>; <paramref name="actor"/> names who asked ("web:admin", "cli:root").
/// </summary>
public sealed partial class PeopleService(IPeopleStore store, PackingDirectory directory, TimeProvider clock, ILogger<PeopleService> logger)
{
    public Task<IReadOnlyList<Packer>> ListAsync(CancellationToken cancellationToken) => store.LoadPackersAsync(cancellationToken);

    public async Task<Packer?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await store.LoadPackersAsync(cancellationToken)).FirstOrDefault(p => string.Equals(p.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds a packer with a new badge; without <paramref name="id"/> the next free P-number is taken.</summary>
    public async Task<PackerOutcome> AddAsync(string? id, string name, PackerRole role, string actor, CancellationToken cancellationToken)
    {
        if (((string.IsNullOrWhiteSpace(id) ? null : PackerRules.IdError(id)) ?? PackerRules.NameError(name)) is { } error)
            return PackerOutcome.Failed(PeopleProblemKind.Invalid, error);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var existing = await store.LoadPackersAsync(cancellationToken);
            var packerId = string.IsNullOrWhiteSpace(id) ? PackerIds.Next(existing) : id.Trim();
            if (existing.Any(p => string.Equals(p.Id, packerId, StringComparison.OrdinalIgnoreCase)))
            {
                if (!string.IsNullOrWhiteSpace(id))
                    return PackerOutcome.Failed(PeopleProblemKind.Conflict, $"the id {packerId} is taken");
                continue;
            }

            var packer = new Packer(packerId, name.Trim(), BadgeCode.New(), role);
            var change = new PackerChange(packer, Event(actor, packer.Id, PeopleAction.Added, $"{packer.Name} ({PackerRules.RoleName(role)})"), IsNew: true);
            if ((await SaveAsync([change], cancellationToken)).Count == 0)
                return PackerOutcome.Done(packer);
        }

        return PackerOutcome.Failed(PeopleProblemKind.Conflict, "another change took the next id at the same moment: try again");
    }

    public Task<PackerOutcome> RenameAsync(string id, string name, string actor, CancellationToken cancellationToken) =>
        PackerRules.NameError(name) is { } error
            ? Task.FromResult(PackerOutcome.Failed(PeopleProblemKind.Invalid, error))
            : ChangeAsync(id, actor, p => p.Name == name.Trim() ? null : (p with { Name = name.Trim() }, PeopleAction.Renamed, $"{p.Name} → {name.Trim()}"),
                cancellationToken);

    public Task<PackerOutcome> SetRoleAsync(string id, PackerRole role, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, p => p.Role == role ? null
            : (p with { Role = role }, PeopleAction.RoleChanged, $"{PackerRules.RoleName(p.Role)} → {PackerRules.RoleName(role)}"), cancellationToken);

    /// <summary>Disables (their badge is refused; a station logged in as them logs out once its order is done) or re-enables.</summary>
    public Task<PackerOutcome> SetActiveAsync(string id, bool active, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, p => p.Active == active ? null
            : (p with { Active = active }, active ? PeopleAction.Enabled : PeopleAction.Disabled, p.Name), cancellationToken);

    /// <summary>Gives the packer a new badge; the old one is refused from now on.</summary>
    public Task<PackerOutcome> ReissueBadgeAsync(string id, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, p => (p with { Badge = BadgeCode.New() }, PeopleAction.BadgeReissued, p.Name), cancellationToken);

    internal async Task<IReadOnlyList<string>> SaveAsync(IReadOnlyList<PackerChange> changes, CancellationToken cancellationToken)
    {
        var skipped = await store.SavePackersAsync(changes, cancellationToken);
        foreach (var change in changes.Where(c => !skipped.Contains(c.Packer.Id)))
            LogChanged(change.Packer.Id, change.Event.Action, change.Event.Actor);
        await directory.ReloadPeopleAsync(cancellationToken);
        return skipped;
    }

    internal PeopleEvent Event(string actor, string packerId, PeopleAction action, string? detail) =>
        new(clock.GetUtcNow(), actor, PeopleSubject.Packer, packerId, action, detail);

    private async Task<PackerOutcome> ChangeAsync(string id, string actor, Func<Packer, (Packer, PeopleAction, string)?> change,
        CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } packer)
            return PackerOutcome.Failed(PeopleProblemKind.NotFound, $"there is no packer {id}");
        if (change(packer) is not { } result)
            return PackerOutcome.Done(packer);
        var (changed, action, detail) = result;
        await SaveAsync([new PackerChange(changed, Event(actor, packer.Id, action, detail), IsNew: false)], cancellationToken);
        return PackerOutcome.Done(changed);
    }

    [LoggerMessage(EventId = 2402, Level = LogLevel.Information, Message = "Packer {PackerId}: {Action} by {Actor}")]
    private partial void LogChanged(string packerId, PeopleAction action, string actor);
}
