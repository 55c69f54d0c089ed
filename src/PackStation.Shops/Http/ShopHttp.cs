using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using PackStation.Shops.Connectors;

namespace PackStation.Shops.Http;

/// <summary>
/// Sends one shop request and turns every way it can fail into a <see cref="ShopApiException"/> of the right kind:
/// dropped connections and timeouts of writes are ambiguous, 429 and 5xx of reads transient, 4xx permanent, and an
/// answer that is not JSON (an HTML error page from a proxy) a bad response.
/// </summary>
public static class ShopHttp
{
    /// <summary>Marks a request that may be retried by the HTTP pipeline even when its method is POST (Taobao reads).</summary>
    public static readonly HttpRequestOptionsKey<bool> Idempotent = new("PackStation.Idempotent");

    public static bool IsIdempotent(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Options.TryGetValue(Idempotent, out var marked))
            return marked;
        return request.Method == HttpMethod.Get || request.Method == HttpMethod.Head;
    }

    /// <summary>Sends and returns the response with its parsed JSON body; the caller disposes neither (the body is copied).</summary>
    public static async Task<ShopResponse> SendAsync(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        var write = !IsIdempotent(request);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ShopApiException(write ? ShopErrorKind.Ambiguous : ShopErrorKind.Transient, $"{Describe(request)} timed out", e);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or Polly.Timeout.TimeoutRejectedException)
        {
            var tooBig = e.Message.Contains("buffer", StringComparison.OrdinalIgnoreCase);
            var kind = tooBig ? ShopErrorKind.BadResponse : write ? ShopErrorKind.Ambiguous : ShopErrorKind.Transient;
            throw new ShopApiException(kind, $"{Describe(request)} failed: {e.Message}", e);
        }

        using (response)
        {
            string body;
            try
            {
                body = await response.Content.ReadAsStringAsync(cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                throw new ShopApiException(write ? ShopErrorKind.Ambiguous : ShopErrorKind.Transient, $"{Describe(request)}: connection dropped while reading the answer", e);
            }

            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                throw new ShopApiException(ShopErrorKind.Transient, $"{Describe(request)}: throttled (429)", retryAfter: RetryAfter(response.Headers));
            if (status >= 500)
                throw new ShopApiException(write ? ShopErrorKind.Ambiguous : ShopErrorKind.Transient, $"{Describe(request)}: server error {status} {Snippet(body)}");

            var json = TryParse(body);
            if (status >= 400)
                throw new ShopApiException(ShopErrorKind.Permanent, $"{Describe(request)}: {status} {ErrorMessage(json) ?? Snippet(body)}");
            if (json is not { } parsed)
            {
                var type = response.Content.Headers.ContentType?.MediaType ?? "no content type";
                throw new ShopApiException(ShopErrorKind.BadResponse, $"{Describe(request)}: expected JSON, got {type}: {Snippet(body)}");
            }

            return new ShopResponse(status, response.Headers, parsed);
        }
    }

    public static TimeSpan? RetryAfter(HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (headers.RetryAfter?.Delta is { } delta)
            return delta;
        if (headers.RetryAfter?.Date is { } date)
            return date - DateTimeOffset.UtcNow;
        // Shopify sends fractional seconds ("2.0"), which the typed header does not parse.
        return headers.TryGetValues("Retry-After", out var values)
            && double.TryParse(values.First(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }

    private static JsonElement? TryParse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return null;
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ErrorMessage(JsonElement? json)
    {
        if (json is not { ValueKind: JsonValueKind.Object } root)
            return null;
        foreach (var name in new[] { "errors", "message", "error" })
        {
            if (root.TryGetProperty(name, out var value))
                return value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        }

        return null;
    }

    private static string Describe(HttpRequestMessage request) =>
        $"{request.Method} {request.RequestUri?.GetLeftPart(UriPartial.Path)}";

    /// <summary>The start of an answer for a message: tags and whitespace collapsed, never more than 200 characters.</summary>
    public static string Snippet(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = System.Text.RegularExpressions.Regex.Replace(body, "<[^>]*>|\\s+", " ").Trim();
        return text.Length <= 200 ? text : text[..200] + "…";
    }
}
