using PackStation.Domain.Ports;
using PackStation.Shops.Connectors;

namespace PackStation.Shops.Sync;

/// <summary>What one sync run did. <see cref="Error"/> is set when it stopped early; what was stored before stays.</summary>
public sealed record SyncSummary(
    string Shop,
    int Pages,
    int Requests,
    int Received,
    UpsertSummary Upserted,
    IReadOnlyList<RejectedOrder> Rejected,
    int Products,
    int Reconciled,
    TimeSpan Elapsed,
    DateTimeOffset? Cursor,
    string? Error)
{
    public bool Succeeded => Error is null;

    public double OrdersPerSecond => Elapsed.TotalSeconds > 0 ? Received / Elapsed.TotalSeconds : 0;
}
