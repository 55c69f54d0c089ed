using System.ComponentModel.DataAnnotations;

namespace PackStation.Shops.Http;

/// <summary>The <c>Shop:Http</c> section: retries and timeouts of every shop and carrier client.</summary>
public sealed class ShopHttpOptions
{
    public const string Section = "Shop:Http";

    /// <summary>Retries of a failed read after the first attempt; 0: none.</summary>
    [Range(0, 20)]
    public int MaxRetries { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest Retry-After honoured inside one call; a shop asking for more fails the call instead.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest answer accepted (a "page" of hundreds of megabytes is refused, not read into memory).</summary>
    [Range(1024L, int.MaxValue)]
    public long MaxResponseBytes { get; set; } = 64L * 1024 * 1024;
}
