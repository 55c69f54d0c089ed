namespace PackStation.Shops.Shopify;

public enum WebhookResult
{
    /// <summary>Verified and new: a sync was requested. Answer 200.</summary>
    Accepted,

    /// <summary>Verified but seen before (Shopify re-delivers). Answer 200, do nothing.</summary>
    Duplicate,

    /// <summary>Not signed with our secret. Answer 401.</summary>
    BadSignature,
}
