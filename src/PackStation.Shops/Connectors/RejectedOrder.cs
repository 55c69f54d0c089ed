namespace PackStation.Shops.Connectors;

/// <summary>
/// An order (or file row) that could not be read completely, or that the store refused; <paramref name="Line"/> and
/// <paramref name="File"/> are set for order files ("orders.csv line 12: order 1001: …").
/// </summary>
public sealed record RejectedOrder(string? ExternalId, string Reason, int? Line = null, string? File = null)
{
    public override string ToString()
    {
        var where = (File, Line) switch
        {
            (null, null) => "",
            (null, { } line) => $"line {line}: ",
            ({ } file, null) => $"{file}: ",
            ({ } file, { } line) => $"{file} line {line}: ",
        };
        return where + (ExternalId is null ? "" : $"order {ExternalId}: ") + Reason;
    }
}
