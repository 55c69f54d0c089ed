namespace PackStation.Shops.Http;

/// <summary>The <c>Shop:Http</c> section: retries and timeouts of every shop and carrier client.</summary>
public sealed class ShopHttpOptions
{
    public int MaxRetries { get; set; } = 5;

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest Retry-After honoured inside one call; a shop asking for more fails the call instead.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest answer accepted (a "page" of hundreds of megabytes is refused, not read into memory).</summary>
    public long MaxResponseBytes { get; set; } = 64L * 1024 * 1024;
}
