using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PackStation.Web.Api;

namespace PackStation.Web.Tests.Api;

public sealed class ShopifyWebhookApiTests(ShopifyWebhookHost host) : IClassFixture<ShopifyWebhookHost>
{
    private const string OrderBody = """{"id":820982911946154508,"email":"jon@example.com","updated_at":"2026-11-28T12:00:00+08:00","line_items":[]}""";

    // RFC 4231 test case 2 (key "Jefe", "what do ya want for nothing?"), base64 — written from the RFC, not computed here.
    private const string Rfc4231Body = "what do ya want for nothing?";
    private const string Rfc4231Signature = "W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=";

    [Fact]
    public async Task Post_GoodSignature_200AndTheSyncPullsAtOnce()
    {
        var hints = host.Signal.Requested;
        var pulls = host.Shop.OrderPulls;

        using var response = await PostAsync(Encoding.UTF8.GetBytes(OrderBody), Sign(OrderBody), NewId(), "orders/create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(hints + 1, host.Signal.Requested);
        await host.Shop.WaitUntilAsync(s => s.OrderPulls > pulls);
    }

    [Fact]
    public async Task Post_SameWebhookIdTwice_Both200ButOneHint()
    {
        var hints = host.Signal.Requested;
        var id = NewId();

        using var first = await PostAsync(Encoding.UTF8.GetBytes(OrderBody), Sign(OrderBody), id, "orders/updated");
        using var replay = await PostAsync(Encoding.UTF8.GetBytes(OrderBody), Sign(OrderBody), id, "orders/updated");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(hints + 1, host.Signal.Requested);
    }

    [Theory]
    [InlineData(Rfc4231Signature)] // a valid HMAC, but keyed with "Jefe", not our secret
    [InlineData("")]
    [InlineData(null)]
    [InlineData("not base64 at all")]
    public async Task Post_WrongOrMissingSignature_401AndNoHint(string? signature)
    {
        var hints = host.Signal.Requested;

        using var response = await PostAsync(Encoding.UTF8.GetBytes(Rfc4231Body), signature, NewId(), "orders/create");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(hints, host.Signal.Requested);
    }

    [Fact]
    public async Task Post_BodyAlteredAfterSigning_401ThenTheGenuineDeliveryOfThatIdIsStillTaken()
    {
        var hints = host.Signal.Requested;
        var id = NewId();

        using var forged = await PostAsync(Encoding.UTF8.GetBytes(OrderBody.Replace("jon@", "eve@", StringComparison.Ordinal)), Sign(OrderBody), id, "orders/create");
        using var genuine = await PostAsync(Encoding.UTF8.GetBytes(OrderBody), Sign(OrderBody), id, "orders/create");

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        Assert.Equal(hints + 1, host.Signal.Requested);
    }

    [Fact]
    public async Task Post_BodyOverTheLimitWithLength_413AndNoHint()
    {
        var hints = host.Signal.Requested;
        var body = Encoding.UTF8.GetBytes(new string('x', ShopifyWebhookApi.MaxBodyBytes + 1));

        using var response = await PostAsync(body, Sign(body), NewId(), "orders/create");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(hints, host.Signal.Requested);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheLimit_413AndNoHint()
    {
        var hints = host.Signal.Requested;
        var body = Encoding.UTF8.GetBytes(new string('x', ShopifyWebhookApi.MaxBodyBytes + 10));
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var request = Request(new StreamContent(new UnseekableStream(body)), Sign(body), NewId(), "orders/create");

        using var response = await http.SendAsync(request);

        Assert.Null(request.Content!.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(hints, host.Signal.Requested);
    }

    [Fact]
    public async Task Post_OtherTopic_200ButNoSyncHint()
    {
        var hints = host.Signal.Requested;

        using var response = await PostAsync(Encoding.UTF8.GetBytes("{}"), Sign("{}"), NewId(), "app/uninstalled");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(hints, host.Signal.Requested);
    }

    private async Task<HttpResponseMessage> PostAsync(byte[] body, string? signature, string id, string topic)
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var request = Request(new ByteArrayContent(body), signature, id, topic);
        return await http.SendAsync(request);
    }

    private static HttpRequestMessage Request(HttpContent content, string? signature, string id, string topic)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(ShopifyWebhookApi.Path, UriKind.Relative)) { Content = content };
        if (signature is not null)
            request.Headers.TryAddWithoutValidation("X-Shopify-Hmac-Sha256", signature);
        request.Headers.Add("X-Shopify-Webhook-Id", id);
        request.Headers.Add("X-Shopify-Topic", topic);
        request.Headers.Add("X-Shopify-Shop-Domain", "yarn-test.myshopify.com");
        return request;
    }

    private static string NewId() => Guid.NewGuid().ToString();

    private static string Sign(string body) => Sign(Encoding.UTF8.GetBytes(body));

    private static string Sign(byte[] body) =>
        Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(ShopifyWebhookHost.Secret), body));

    /// <summary>A body of unknown length, so HttpClient sends it chunked.</summary>
    private sealed class UnseekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
