using System.Security.Cryptography;
using System.Text;
using PackStation.Shops.Sync;

namespace PackStation.Shops.Shopify;

/// <summary>
/// Takes a Shopify webhook (orders/create, orders/updated, …): checks <c>X-Shopify-Hmac-Sha256</c> (base64
/// HMAC-SHA256 of the raw body with the app's secret) in constant time, drops repeats by <c>X-Shopify-Webhook-Id</c>,
/// and only hints the sync to pull now — the payload itself is never trusted as the order's state. The web layer
/// maps a POST endpoint onto <see cref="Receive"/> and answers 200 at once (401 for a bad signature).
/// </summary>
public sealed class ShopifyWebhookReceiver(ShopOptions options, SyncSignal signal, TimeProvider time)
{
    private const int Remembered = 10_000;
    private readonly Lock _sync = new();
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public WebhookResult Receive(ReadOnlySpan<byte> body, string? hmacHeader, string? webhookId, string? topic)
    {
        var secret = options.WebhookSecret ?? options.AppSecret;
        if (string.IsNullOrEmpty(secret) || !IsSigned(body, hmacHeader, secret))
            return WebhookResult.BadSignature;
        if (!string.IsNullOrEmpty(webhookId) && !Remember(webhookId))
            return WebhookResult.Duplicate;
        if (topic is null || topic.StartsWith("orders/", StringComparison.Ordinal))
            signal.Request();
        return WebhookResult.Accepted;
    }

    public static bool IsSigned(ReadOnlySpan<byte> body, string? hmacHeader, string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (string.IsNullOrWhiteSpace(hmacHeader))
            return false;
        Span<byte> expected = stackalloc byte[32];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body, expected);
        // Compared as canonical base64 text, so a header with altered padding bits is refused too.
        var canonical = Encoding.ASCII.GetBytes(Convert.ToBase64String(expected));
        return CryptographicOperations.FixedTimeEquals(canonical, Encoding.ASCII.GetBytes(hmacHeader.Trim()));
    }

    private bool Remember(string id)
    {
        lock (_sync)
        {
            if (!_seen.TryAdd(id, time.GetUtcNow()))
                return false;
            _order.Enqueue(id);
            while (_order.Count > Remembered)
                _seen.Remove(_order.Dequeue());
            return true;
        }
    }
}
