namespace PackStation.Shops.Connectors;

/// <summary>A shop call failed. <see cref="Kind"/> says what the caller may do; the message is the shop's own where it gave one.</summary>
public sealed class ShopApiException : Exception
{
    public ShopApiException() : this(ShopErrorKind.Transient, "shop call failed") { }

    public ShopApiException(string message) : this(ShopErrorKind.Transient, message) { }

    public ShopApiException(string message, Exception inner) : this(ShopErrorKind.Transient, message, inner) { }

    public ShopApiException(ShopErrorKind kind, string message, Exception? inner = null, TimeSpan? retryAfter = null, string? subCode = null)
        : base(message, inner)
    {
        Kind = kind;
        RetryAfter = retryAfter;
        SubCode = subCode;
    }

    public ShopErrorKind Kind { get; }

    /// <summary>How long the shop asked us to wait, when it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The shop's own code for the error when it gave one (TOP <c>sub_code</c>, e.g. <c>isv.trade-not-exist</c>).</summary>
    public string? SubCode { get; }
}
