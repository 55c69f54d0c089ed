using System.ComponentModel.DataAnnotations;

namespace PackStation.Shops.Sync;

/// <summary>The <c>Shop:Sync</c> section.</summary>
public sealed class SyncOptions
{
    public const string Section = "Shop:Sync";

    /// <summary>How often the service pulls changed orders (a webhook hint pulls at once).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How far before the stored cursor each pull starts again, for changes the shop dated late or reordered.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan Overlap { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often every open order is fetched again (status changes the cursor misses, lost webhooks).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the catalogue is pulled.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan CatalogueInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The most open orders a reconciliation fetches again.</summary>
    [Range(1, 10_000_000)]
    public int ReconcileLimit { get; set; } = 20_000;
}
