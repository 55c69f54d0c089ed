using System.Buffers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PackStation.Shops;
using PackStation.Shops.Shopify;

namespace PackStation.Web.Api;

/// <summary>
/// <c>POST /api/webhooks/shopify</c>: Shopify's orders/create and orders/updated deliveries. The HMAC is the
/// authentication (no cookie, no CSRF token): the raw body is checked against <c>X-Shopify-Hmac-Sha256</c> with
/// <c>Shop:WebhookSecret</c>, repeats are dropped by <c>X-Shopify-Webhook-Id</c>, and a verified delivery only hints
/// the sync to pull now. The answer comes at once (Shopify gives up after 5 s and retries anything but 2xx):
/// 200 accepted or repeated, 401 unsigned, 413 too large, 404 when the configured shop is not a Shopify shop.
/// </summary>
public static partial class ShopifyWebhookApi
{
    public const string Path = "/api/webhooks/shopify";

    /// <summary>The largest body taken; a Shopify order payload is a few kilobytes to a few hundred.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapShopifyWebhookApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, ReceiveAsync).AllowAnonymous().WithTags("Webhooks").WithName("ShopifyWebhook").DisableAntiforgery()
            .WithSummary("Shopify order webhook (HMAC-signed by the shop)").Produces(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status401Unauthorized).Produces(StatusCodes.Status404NotFound).Produces(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static async Task<IResult> ReceiveAsync(HttpContext context, IOptions<ShopOptions> shop, ShopifyWebhookReceiver receiver, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(ShopifyWebhookApi).FullName!);
        if (shop.Value.Kind != ShopKind.Shopify)
            return TypedResults.NotFound();
        var request = context.Request;
        if (request.ContentLength > MaxBodyBytes)
        {
            LogTooLarge(logger, request.ContentLength.Value);
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var body = await ReadBodyAsync(request.Body, context.RequestAborted);
        if (body is null)
        {
            LogTooLarge(logger, -1);
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var id = Header(request, "X-Shopify-Webhook-Id");
        var topic = Header(request, "X-Shopify-Topic");
        switch (receiver.Receive(body.WrittenSpan, Header(request, "X-Shopify-Hmac-Sha256"), id, topic))
        {
            case WebhookResult.BadSignature:
                LogBadSignature(logger, topic, Header(request, "X-Shopify-Shop-Domain"));
                return TypedResults.Unauthorized();
            case WebhookResult.Duplicate:
                LogDuplicate(logger, id, topic);
                return TypedResults.Ok();
            default:
                LogAccepted(logger, id, topic);
                return TypedResults.Ok();
        }
    }

    /// <summary>The whole body, or null when it runs past <see cref="MaxBodyBytes"/> (a chunked body has no length up front).</summary>
    private static async Task<ArrayBufferWriter<byte>?> ReadBodyAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        while (true)
        {
            var read = await body.ReadAsync(buffer.GetMemory(8 * 1024), cancellationToken);
            if (read == 0)
                return buffer;
            buffer.Advance(read);
            if (buffer.WrittenCount > MaxBodyBytes)
                return null;
        }
    }

    /// <summary>A header's first value, cut to 200 characters so a hostile header never fills a log line.</summary>
    private static string? Header(HttpRequest request, string name) =>
        request.Headers[name].FirstOrDefault() is { } value ? value[..Math.Min(value.Length, 200)] : null;

    [LoggerMessage(EventId = 7101, Level = LogLevel.Debug, Message = "Shopify webhook {WebhookId} ({Topic}) accepted: sync requested")]
    private static partial void LogAccepted(ILogger logger, string? webhookId, string? topic);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Debug, Message = "Shopify webhook {WebhookId} ({Topic}) seen before: ignored")]
    private static partial void LogDuplicate(ILogger logger, string? webhookId, string? topic);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Warning, Message = "Shopify webhook ({Topic}) from {ShopDomain} refused: the signature does not match Shop:WebhookSecret")]
    private static partial void LogBadSignature(ILogger logger, string? topic, string? shopDomain);

    [LoggerMessage(EventId = 7104, Level = LogLevel.Warning, Message = "Shopify webhook refused: body over the limit (Content-Length {Length}, -1 when unknown)")]
    private static partial void LogTooLarge(ILogger logger, long length);
}
