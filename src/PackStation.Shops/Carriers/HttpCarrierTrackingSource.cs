using System.Net.Http.Headers;
using System.Net.Http.Json;
using PackStation.Domain.Ports;
using PackStation.Shops.Connectors;
using PackStation.Shops.Http;

namespace PackStation.Shops.Carriers;

/// <summary>
/// Tracking numbers from a carrier's HTTP API: <c>POST {BaseUrl}/waybills</c> with an <c>Idempotency-Key</c> of
/// order and parcel, so a retry after a timeout (which the pipeline may make, the key makes it safe) returns the number
/// already issued instead of buying a second label; <c>POST {BaseUrl}/waybills/{number}/cancel</c> voids one.
/// </summary>
public sealed class HttpCarrierTrackingSource(HttpClient http, CarrierOptions options) : ITrackingNumberSource
{
    public const string HttpClientName = "carrier";

    public async Task<string> AllocateAsync(string carrier, string orderId, int parcel, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Address("waybills"))
        {
            Content = JsonContent.Create(new { carrier, orderId, parcel }),
        };
        request.Headers.Add("Idempotency-Key", IdempotencyKey(orderId, parcel));
        request.Options.Set(ShopHttp.Idempotent, true);
        Authorize(request);
        var response = await ShopHttp.SendAsync(http, request, cancellationToken);
        return JsonRead.OptionalString(response.Json, "trackingNumber") is { Length: > 0 } number
            ? number
            : throw new ShopApiException(ShopErrorKind.BadResponse, $"the carrier answered without a trackingNumber: {ShopHttp.Snippet(response.Json.GetRawText())}");
    }

    /// <summary>Voids a number (a label that will not be used). Voiding one already voided is not an error.</summary>
    public async Task VoidAsync(string trackingNumber, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Address($"waybills/{Uri.EscapeDataString(trackingNumber)}/cancel"));
        request.Options.Set(ShopHttp.Idempotent, true);
        Authorize(request);
        await ShopHttp.SendAsync(http, request, cancellationToken);
    }

    public static string IdempotencyKey(string orderId, int parcel) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{orderId}/{parcel}");

    private Uri Address(string path) =>
        new(options.BaseUrl!.ToString().TrimEnd('/') + "/" + path);

    private void Authorize(HttpRequestMessage request)
    {
        if (!string.IsNullOrEmpty(options.ApiKey))
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
    }
}
