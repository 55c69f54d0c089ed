using System.Net;

namespace PackStation.Shops.Shopify;

/// <summary>Paces every Shopify attempt through the shared <see cref="ShopifyCallBudget"/> and feeds it the shop's answers.</summary>
public sealed class ShopifyCallLimitHandler(ShopifyCallBudget budget) : DelegatingHandler
{
    public const string Header = "X-Shopify-Shop-Api-Call-Limit";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await budget.WaitAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
            budget.Full();
        else if (response.Headers.TryGetValues(Header, out var values))
            budget.Observe(values.FirstOrDefault());
        return response;
    }
}
