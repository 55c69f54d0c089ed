namespace PackStation.Storage.Copy;

/// <summary>A table <see cref="StoreCopy"/> copied, with its row count (the same on both sides).</summary>
public sealed record CopiedTable(string Name, long Rows);
