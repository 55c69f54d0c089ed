using System.Text.Json;
using PackStation.Shops.Connectors;
using PackStation.Shops.Http;

namespace PackStation.Shops.Taobao;

/// <summary>
/// Calls one TOP API method: form-encoded POST with the system parameters (GMT+8 timestamp, json, v2.0) and the
/// signature; returns the method's response object, or throws for an <c>error_response</c> (<see cref="TopError"/>:
/// call limits and <c>isp.*</c> transient, <c>isv.*</c>, bad signature or session permanent, with TOP's
/// <c>sub_code</c> on the exception). A call ban of at most <see cref="ShopOptions.MaxCallBanWait"/> ("This ban will
/// last for N more seconds") is waited out and the call sent again, a few times at most.
/// </summary>
public sealed class TopClient(HttpClient http, ShopOptions options, TimeProvider time)
{
    private const int MaxBanWaits = 3;

    public async Task<JsonElement> CallAsync(string method, IReadOnlyDictionary<string, string> parameters, bool isRead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(parameters);
        for (var waits = 0; ; waits++)
        {
            var response = await SendAsync(method, parameters, isRead, cancellationToken);
            if (JsonRead.TryField(response, "error_response") is not { } errorJson)
                return Body(method, response);
            var error = TopError.Read(errorJson);
            // A ban means TOP refused the call before doing anything, so even a write is safe to send again.
            if (error.BanLength is { } ban && ban <= options.MaxCallBanWait && waits < MaxBanWaits)
            {
                await Task.Delay(ban + TimeSpan.FromMilliseconds(200), time, cancellationToken);
                continue;
            }

            throw error.ToException(method);
        }
    }

    private async Task<JsonElement> SendAsync(string method, IReadOnlyDictionary<string, string> parameters, bool isRead, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string>(parameters, StringComparer.Ordinal)
        {
            ["method"] = method,
            ["app_key"] = options.AppKey ?? "",
            ["session"] = options.SessionKey ?? "",
            ["timestamp"] = TopTime.Format8(time.GetUtcNow()),
            ["format"] = "json",
            ["v"] = "2.0",
            ["sign_method"] = options.SignMethod.ToLowerInvariant(),
        };
        form["sign"] = TopSigner.Sign(form, options.AppSecret ?? "", options.SignMethod);
        using var request = new HttpRequestMessage(HttpMethod.Post, options.BaseUrl) { Content = new FormUrlEncodedContent(form) };
        request.Options.Set(ShopHttp.Idempotent, isRead);
        return (await ShopHttp.SendAsync(http, request, cancellationToken)).Json;
    }

    /// <summary>Answers that may carry encrypted receiver data (e-waybill print data) are never quoted in messages.</summary>
    private static bool IsSecret(string method) => method.StartsWith("cainiao.", StringComparison.Ordinal);

    private static JsonElement Body(string method, JsonElement response)
    {
        var root = method.StartsWith("taobao.", StringComparison.Ordinal) ? method["taobao.".Length..] : method;
        return JsonRead.TryField(response, root.Replace('.', '_') + "_response") is { ValueKind: JsonValueKind.Object } body
            ? body
            : throw new ShopApiException(ShopErrorKind.BadResponse, $"{method}: the answer has neither the response nor error_response" +
                (IsSecret(method) ? "" : ": " + ShopHttp.Snippet(response.GetRawText())));
    }
}
