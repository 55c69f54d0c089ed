namespace PackStation.Shops.Connectors;

/// <summary>A shop call failed. <see cref="Kind"/> says what the caller may do; the message is the shop's own where it gave one.</summary>
public sealed class ShopApiException : Exception
{
    public ShopApiException() : this(ShopErrorKind.Transient, "shop call failed") { }

    public ShopApiException(string message) : this(ShopErrorKind.Transient, message) { }

    public ShopApiException(string message, Exception inner) : this(ShopErrorKind.Transient, message, inner) { }

    public ShopApiException(ShopErrorKind kind, string message, Exception? inner = null, TimeSpan? retryAfter = null)
        : base(message, inner)
    {
        Kind = kind;
        RetryAfter = retryAfter;
    }

    public ShopErrorKind Kind { get; }

    /// <summary>How long the shop asked us to wait, when it said.</summary>
    public TimeSpan? RetryAfter { get; }
}
