using System.Text.Json;
using PackStation.Shops.Connectors;
using PackStation.Shops.Http;

namespace PackStation.Shops.Taobao;

/// <summary>
/// Calls one TOP API method: form-encoded POST with the system parameters (GMT+8 timestamp, json, v2.0) and the
/// signature; returns the method's response object, or throws for an <c>error_response</c> — call limits (7, 8),
/// service faults (10, 15) and <c>isp.*</c> as transient, everything else (<c>isv.*</c>, bad signature or session)
/// as permanent with TOP's own message.
/// </summary>
public sealed class TopClient(HttpClient http, ShopOptions options, TimeProvider time)
{
    public async Task<JsonElement> CallAsync(string method, IReadOnlyDictionary<string, string> parameters, bool isRead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(parameters);
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
        var response = await ShopHttp.SendAsync(http, request, cancellationToken);
        if (JsonRead.TryField(response.Json, "error_response") is { } error)
            throw ToException(method, error);
        var root = method.StartsWith("taobao.", StringComparison.Ordinal) ? method["taobao.".Length..] : method;
        return JsonRead.TryField(response.Json, root.Replace('.', '_') + "_response") is { ValueKind: JsonValueKind.Object } body
            ? body
            : throw new ShopApiException(ShopErrorKind.BadResponse, $"{method}: the answer has neither the response nor error_response: {ShopHttp.Snippet(response.Json.GetRawText())}");
    }

    private static ShopApiException ToException(string method, JsonElement error)
    {
        var code = JsonRead.OptionalString(error, "code") ?? "";
        var subCode = JsonRead.OptionalString(error, "sub_code") ?? "";
        var message = string.Join(" / ", new[] { JsonRead.OptionalString(error, "msg"), JsonRead.OptionalString(error, "sub_msg") }.Where(m => !string.IsNullOrEmpty(m)));
        var transient = code is "7" or "8" or "10" or "15" && !subCode.StartsWith("isv.", StringComparison.Ordinal)
            || subCode.StartsWith("isp.", StringComparison.Ordinal)
            || subCode.Contains("call-limited", StringComparison.OrdinalIgnoreCase);
        var text = $"{method}: TOP error {code}{(subCode.Length > 0 ? " " + subCode : "")}: {message}";
        return new ShopApiException(transient ? ShopErrorKind.Transient : ShopErrorKind.Permanent, text,
            retryAfter: code is "7" or "8" ? TimeSpan.FromSeconds(60) : null);
    }
}
