namespace PackStation.Shops.Connectors;

/// <summary>How a failed shop call may be handled.</summary>
public enum ShopErrorKind
{
    /// <summary>Nothing happened at the shop (throttled, 5xx before processing, isp.*): try again later.</summary>
    Transient,

    /// <summary>The shop refused the call for good (4xx, isv.*): park with the shop's message.</summary>
    Permanent,

    /// <summary>The call may or may not have taken effect (timeout, dropped connection): read the shop's state first.</summary>
    Ambiguous,

    /// <summary>The shop's answer could not be understood (HTML page, malformed JSON): treated like a transient fault.</summary>
    BadResponse,
}
