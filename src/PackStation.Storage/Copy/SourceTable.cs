namespace PackStation.Storage.Copy;

/// <summary>A table of the SQLite source: its columns in order and how many rows it has.</summary>
internal sealed record SourceTable(string Name, IReadOnlyList<string> Columns, long Rows);
