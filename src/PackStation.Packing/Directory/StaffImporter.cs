using PackStation.Domain.Packers;

namespace PackStation.Packing.Directory;

/// <summary>
/// Imports a staff list (<see cref="StaffList"/>): a line with a known id changes that packer's name or role; a line
/// with a new id, or without an id, adds a packer with a new badge. A line without an id whose name is already a
/// packer's is refused (people share names: give the id to change them), so importing the same list twice adds nobody
/// twice. Refused lines are reported with their line number and every other line is imported, in one transaction.
/// </summary>
public sealed class StaffImporter(PeopleService people)
{
    public async Task<StaffImportResult> ImportAsync(byte[] file, string actor, CancellationToken cancellationToken)
    {
        var (rows, errors) = StaffList.Read(file);
        var refused = errors.ToList();
        var existing = (await people.ListAsync(cancellationToken)).ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        var names = existing.Values.GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var changes = new List<(StaffRow Row, PackerChange Change)>();
        var unchanged = 0;
        foreach (var row in rows)
        {
            if (row.Id is { } id && existing.TryGetValue(id, out var known))
            {
                if (Update(known, row, actor) is { } update)
                    changes.Add((row, update));
                else
                    unchanged++;
                continue;
            }

            if (row.Id is null && names.TryGetValue(row.Name, out var sameName))
            {
                refused.Add(new StaffLineError(row.Line, $"{row.Name} is already packer {sameName}: give the id to change them, or a new id to add another"));
                continue;
            }

            var packer = new Packer(row.Id ?? PackerIds.Next(existing.Values), row.Name, BadgeCode.New(), row.Role ?? PackerRole.Packer);
            existing[packer.Id] = packer;
            names.TryAdd(packer.Name, packer.Id);
            var added = people.Event(actor, packer.Id, PeopleAction.Added, $"{packer.Name} ({PackerRules.RoleName(packer.Role)}), import line {row.Line}");
            changes.Add((row, new PackerChange(packer, added, IsNew: true)));
        }

        var skipped = changes.Count == 0 ? [] : await people.SaveAsync(changes.Select(c => c.Change).ToList(), cancellationToken);
        foreach (var (row, change) in changes.Where(c => c.Change.IsNew && skipped.Contains(c.Change.Packer.Id)))
            refused.Add(new StaffLineError(row.Line, $"the id {change.Packer.Id} was taken at the same moment by another change: import this line again"));
        var saved = changes.Where(c => !(c.Change.IsNew && skipped.Contains(c.Change.Packer.Id))).Select(c => c.Change).ToList();
        return new StaffImportResult(saved.Where(c => c.IsNew).Select(c => c.Packer).ToList(), saved.Where(c => !c.IsNew).Select(c => c.Packer).ToList(),
            unchanged, refused.OrderBy(e => e.Line).ToList());
    }

    private PackerChange? Update(Packer known, StaffRow row, string actor)
    {
        var role = row.Role ?? known.Role;
        if (known.Name == row.Name && known.Role == role)
            return null;
        var changes = new List<string>();
        if (known.Name != row.Name)
            changes.Add($"{known.Name} → {row.Name}");
        if (known.Role != role)
            changes.Add($"{PackerRules.RoleName(known.Role)} → {PackerRules.RoleName(role)}");
        var action = known.Name != row.Name ? PeopleAction.Renamed : PeopleAction.RoleChanged;
        var change = people.Event(actor, known.Id, action, $"{string.Join(", ", changes)}, import line {row.Line}");
        return new PackerChange(known with { Name = row.Name, Role = role }, change, IsNew: false);
    }
}
