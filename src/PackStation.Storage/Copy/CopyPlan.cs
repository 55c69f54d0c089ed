using System.Globalization;

namespace PackStation.Storage.Copy;

/// <summary>
/// What <see cref="StoreCopy"/> will copy, decided before anything is written: the target must hold no rows; every
/// source table with rows, and each of its columns, must have its place on the target; tables come in the order
/// their foreign keys need (a referenced table first).
/// </summary>
internal static class CopyPlan
{
    public static IReadOnlyList<TablePlan> Make(IReadOnlyList<SourceTable> source, IReadOnlyList<TargetTable> target)
    {
        if (target.Where(t => t.Rows > 0).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Name} ({t.Rows} rows)")).ToList() is
            { Count: > 0 } filled)
            throw new StoreException($"store copy: the target database is not empty ({string.Join(", ", filled)}); copy into an empty database only.");
        var byName = target.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var problems = new List<string>();
        var plans = new Dictionary<string, TablePlan>(StringComparer.Ordinal);
        foreach (var table in source)
        {
            if (!byName.TryGetValue(table.Name, out var to))
            {
                if (table.Rows > 0)
                    problems.Add($"table {table.Name} ({table.Rows} rows) has no table on PostgreSQL");
                continue;
            }

            var missing = table.Columns.Where(c => !to.Columns.ContainsKey(c)).ToList();
            problems.AddRange(missing.Select(c => $"column {table.Name}.{c} has no column on PostgreSQL"));
            plans[table.Name] = new TablePlan(table.Name, table.Columns, table.Columns.Select(c => to.Columns.GetValueOrDefault(c) ?? "").ToList(),
                to.Identities.Where(table.Columns.Contains).ToList());
        }

        if (problems.Count > 0)
            throw new StoreException($"store copy: nothing was copied, this build cannot carry everything over: {string.Join("; ", problems)}.");
        return Ordered(plans, byName);
    }

    private static List<TablePlan> Ordered(Dictionary<string, TablePlan> plans, Dictionary<string, TargetTable> target)
    {
        var ordered = new List<TablePlan>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var pending = plans.Keys.Order(StringComparer.Ordinal).ToList();
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(n => target[n].References.All(r => placed.Contains(r) || !plans.ContainsKey(r)))
                ?? throw new StoreException($"store copy: the target's foreign keys form a cycle among {string.Join(", ", pending)}.");
            ordered.Add(plans[next]);
            placed.Add(next);
            pending.Remove(next);
        }

        return ordered;
    }
}
