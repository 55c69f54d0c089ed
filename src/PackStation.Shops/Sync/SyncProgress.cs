namespace PackStation.Shops.Sync;

/// <summary>Where a running sync is: pages and requests done, orders received, and the rate so far.</summary>
public sealed record SyncProgress(int Pages, int Requests, int Orders, int Rejected, TimeSpan Elapsed)
{
    public double OrdersPerSecond => Elapsed.TotalSeconds > 0 ? Orders / Elapsed.TotalSeconds : 0;
}
