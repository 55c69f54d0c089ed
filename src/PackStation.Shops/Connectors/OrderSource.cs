namespace PackStation.Shops.Connectors;

/// <summary>Where an order of an order file stands: the file's name and the line it starts on.</summary>
public sealed record OrderSource(string File, int Line);
