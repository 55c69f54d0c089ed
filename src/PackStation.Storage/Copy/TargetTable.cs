namespace PackStation.Storage.Copy;

/// <summary>A table of the PostgreSQL target: its columns and their types, identity columns, the tables it references, its rows.</summary>
internal sealed record TargetTable(string Name, IReadOnlyDictionary<string, string> Columns, IReadOnlyList<string> Identities,
    IReadOnlyList<string> References, long Rows);
