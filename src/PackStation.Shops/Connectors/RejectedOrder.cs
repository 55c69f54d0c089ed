namespace PackStation.Shops.Connectors;

/// <summary>An order (or file row) that could not be read completely; <paramref name="Line"/> is set for files.</summary>
public sealed record RejectedOrder(string? ExternalId, string Reason, int? Line = null)
{
    public override string ToString() =>
        (Line is { } line ? $"line {line}: " : "") + (ExternalId is null ? "" : $"order {ExternalId}: ") + Reason;
}
