namespace PackStation.Shops;

/// <summary>
/// The <c>Shop</c> configuration section. Secrets (AppSecret, SessionKey, AccessToken, ConsumerSecret, WebhookSecret)
/// come from environment variables or the secrets file; <see cref="ToString"/> never shows them.
/// </summary>
public sealed class ShopOptions
{
    public const string Section = "Shop";

    public ShopKind Kind { get; set; } = ShopKind.Demo;

    /// <summary>The shop's root address (Shopify, WooCommerce) or the TOP gateway (Taobao).</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The key stored with each order; defaults to the kind in lower case ("taobao").</summary>
    public string? Name { get; set; }

    public string? AppKey { get; set; }

    public string? AppSecret { get; set; }

    public string? SessionKey { get; set; }

    /// <summary>
    /// Taobao: the longest call ban ("This ban will last for N more seconds", error 7 or 8) that a call waits out
    /// and then repeats; a longer ban fails the call with the time to wait.
    /// </summary>
    public TimeSpan MaxCallBanWait { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Taobao signing: md5, hmac or hmac-sha256.</summary>
    public string SignMethod { get; set; } = "hmac-sha256";

    public string? AccessToken { get; set; }

    /// <summary>Shopify Admin API version, e.g. 2025-01.</summary>
    public string ApiVersion { get; set; } = "2025-01";

    /// <summary>Shopify: the app's client secret that signs webhooks.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Shopify leak rate (requests per second) of the REST call-limit bucket.</summary>
    public double RequestsPerSecond { get; set; } = 2;

    public string? ConsumerKey { get; set; }

    public string? ConsumerSecret { get; set; }

    /// <summary>WooCommerce: send the keys as query parameters (for servers that drop the Authorization header).</summary>
    public bool QueryStringAuth { get; set; }

    /// <summary>File: the order file or folder; File mapping: optional column-mapping file.</summary>
    public string? Path { get; set; }

    public string? MappingPath { get; set; }

    /// <summary>Carrier code used in write-back when an order names none (e.g. ZTO).</summary>
    public string? DefaultCarrier { get; set; }

    public string ShopName => string.IsNullOrWhiteSpace(Name) ? Kind.ToString().ToLowerInvariant() : Name;

    public override string ToString() => $"{Kind} shop {ShopName} at {BaseUrl?.ToString() ?? Path ?? "(built in)"}";
}
