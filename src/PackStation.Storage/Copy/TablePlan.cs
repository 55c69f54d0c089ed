namespace PackStation.Storage.Copy;

/// <summary>One table to copy: its columns as both stores have them, the target's type of each, its identity columns.</summary>
internal sealed record TablePlan(string Name, IReadOnlyList<string> Columns, IReadOnlyList<string> TargetTypes, IReadOnlyList<string> Identities);
