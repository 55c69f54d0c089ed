using System.Text;
using Microsoft.Extensions.Time.Testing;
using PackStation.Shops.Shopify;
using PackStation.Shops.Sync;

namespace PackStation.Shops.Tests.Shopify;

public sealed class ShopifyWebhookReceiverTests
{
    // RFC 4231 test case 2: HMAC-SHA256(key "Jefe", "what do ya want for nothing?"), base64.
    private const string Body = "what do ya want for nothing?";
    private const string Signature = "W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=";

    [Fact]
    public void IsSigned_Rfc4231Vector_Accepted()
    {
        Assert.True(ShopifyWebhookReceiver.IsSigned(Encoding.UTF8.GetBytes(Body), Signature, "Jefe"));
    }

    [Theory]
    [InlineData("W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEN=")]
    [InlineData("not base64!")]
    [InlineData("")]
    [InlineData(null)]
    public void IsSigned_WrongOrMissingSignature_Refused(string? signature)
    {
        Assert.False(ShopifyWebhookReceiver.IsSigned(Encoding.UTF8.GetBytes(Body), signature, "Jefe"));
    }

    [Fact]
    public async Task Receive_SameWebhookTwice_SecondIsDuplicateAndOneSyncIsRequested()
    {
        using var signal = new SyncSignal();
        var receiver = new ShopifyWebhookReceiver(new ShopOptions { Kind = ShopKind.Shopify, WebhookSecret = "Jefe" }, signal, new FakeTimeProvider());
        var body = Encoding.UTF8.GetBytes(Body);

        Assert.Equal(WebhookResult.Accepted, receiver.Receive(body, Signature, "wh-1", "orders/updated"));
        Assert.Equal(WebhookResult.Duplicate, receiver.Receive(body, Signature, "wh-1", "orders/updated"));
        Assert.Equal(WebhookResult.BadSignature, receiver.Receive(Encoding.UTF8.GetBytes(Body + " "), Signature, "wh-2", "orders/updated"));

        Assert.True(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
        Assert.False(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
    }
}
