namespace PackStation.Shops.Files;

/// <summary>
/// One CSV record and the line of the file it starts on (1-based). <paramref name="Problem"/> says why the record
/// cannot be read (a quoted field never closed); its fields are then not to be used.
/// </summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, string? Problem = null);
