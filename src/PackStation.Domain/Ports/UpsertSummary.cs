namespace PackStation.Domain.Ports;

/// <summary>What an import did: new orders, changed ones, unchanged or older copies skipped, orders put on hold by a shop cancellation.</summary>
public sealed record UpsertSummary(int Inserted, int Updated, int Unchanged, int Held)
{
    public static UpsertSummary None { get; } = new(0, 0, 0, 0);

    public UpsertSummary Add(UpsertSummary other) =>
        new(Inserted + other.Inserted, Updated + other.Updated, Unchanged + other.Unchanged, Held + other.Held);
}
