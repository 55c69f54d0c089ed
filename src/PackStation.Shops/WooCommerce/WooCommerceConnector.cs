using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PackStation.Domain.Catalogue;
using PackStation.Domain.Orders;
using PackStation.Domain.Shipping;
using PackStation.Shops.Connectors;
using PackStation.Shops.Http;

namespace PackStation.Shops.WooCommerce;

/// <summary>
/// WooCommerce REST API v3: orders by <c>modified_after</c>, <c>page</c>/<c>per_page=100</c> until
/// <c>X-WP-TotalPages</c>; Basic auth with the consumer key and secret, or the query-string fallback. Write-back adds
/// an order note with the tracking numbers (and a Shipment Tracking item when that extension answers), then marks the
/// order completed; each step first checks it was not done already.
/// </summary>
public sealed partial class WooCommerceConnector(HttpClient http, ShopOptions options) : IShopConnector
{
    public const string HttpClientName = "woocommerce";
    private const int PageSize = 100;
    private const string NotePrefix = "PackStation: shipped";
    private readonly string _root = options.BaseUrl!.ToString().TrimEnd('/') + "/wp-json/";

    public string Shop => options.ShopName;

    public async IAsyncEnumerable<OrderPage> PullOrdersAsync(DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = since is { } from
            ? "modified_after=" + Uri.EscapeDataString(from.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)) + "&dates_are_gmt=true"
            : "status=processing";
        var newest = since;
        for (var page = 1; ; page++)
        {
            var response = await SendAsync(HttpMethod.Get, $"wc/v3/orders?{filter}&orderby=date&order=asc&per_page={PageSize}&page={page}", null, cancellationToken);
            var (orders, rejected) = ReadOrders(response.Json);
            foreach (var order in orders)
                newest = newest is null || order.ShopUpdatedAt > newest ? order.ShopUpdatedAt : newest;
            var totalPages = int.TryParse(response.Header("X-WP-TotalPages"), CultureInfo.InvariantCulture, out var pages) ? pages : page;
            var last = page >= totalPages;
            yield return new OrderPage(orders, rejected, 1, last ? newest : null);
            if (last)
                yield break;
        }
    }

    public async Task<IReadOnlyList<Order>> GetOrdersAsync(IReadOnlyList<string> externalIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(externalIds);
        var result = new List<Order>();
        foreach (var chunk in externalIds.Chunk(PageSize))
        {
            var response = await SendAsync(HttpMethod.Get, $"wc/v3/orders?include={string.Join(',', chunk)}&per_page={PageSize}&status=any", null, cancellationToken);
            result.AddRange(ReadOrders(response.Json).Orders);
        }

        return result;
    }

    public async IAsyncEnumerable<IReadOnlyList<Product>> PullCatalogueAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var page = 1; ; page++)
        {
            var response = await SendAsync(HttpMethod.Get, $"wc/v3/products?per_page={PageSize}&page={page}", null, cancellationToken);
            var products = new List<Product>();
            foreach (var element in Items(response.Json))
            {
                if (JsonRead.OptionalString(element, "type") == "variable")
                {
                    var id = JsonRead.OptionalString(element, "id");
                    var variations = await SendAsync(HttpMethod.Get, $"wc/v3/products/{id}/variations?per_page={PageSize}", null, cancellationToken);
                    products.AddRange(Items(variations.Json).Select(TryMapProduct).OfType<Product>());
                }
                else if (TryMapProduct(element) is { } product)
                {
                    products.Add(product);
                }
            }

            yield return products;
            if (!int.TryParse(response.Header("X-WP-TotalPages"), CultureInfo.InvariantCulture, out var pages) || page >= pages)
                yield break;
        }
    }

    public async Task ConfirmShipmentAsync(ShipmentConfirmation confirmation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        var id = confirmation.ExternalId;
        var carrier = confirmation.Carrier ?? options.DefaultCarrier ?? "carrier";
        if (!(await NotedTrackingAsync(id, cancellationToken)).Intersect(confirmation.TrackingNumbers).Any())
        {
            var note = $"{NotePrefix} with {carrier}, tracking {string.Join(", ", confirmation.TrackingNumbers)}";
            await SendAsync(HttpMethod.Post, $"wc/v3/orders/{id}/notes", new { note, customer_note = true }, cancellationToken);
        }

        await AddShipmentTrackingAsync(id, carrier, confirmation, cancellationToken);
        await SendAsync(HttpMethod.Put, $"wc/v3/orders/{id}", new { status = "completed" }, cancellationToken);
    }

    public async Task<RemoteShipment> GetShipmentAsync(string externalId, CancellationToken cancellationToken)
    {
        ShopResponse order;
        try
        {
            order = await SendAsync(HttpMethod.Get, $"wc/v3/orders/{externalId}", null, cancellationToken);
        }
        catch (ShopApiException e) when (e.Kind == ShopErrorKind.Permanent && e.Message.Contains(" 404 ", StringComparison.Ordinal))
        {
            return new RemoteShipment(RemoteShipmentState.NotFound, []);
        }

        return JsonRead.OptionalString(order.Json, "status") switch
        {
            "completed" => new RemoteShipment(RemoteShipmentState.Shipped, await NotedTrackingAsync(externalId, cancellationToken)),
            "cancelled" or "refunded" or "failed" or "trash" => new RemoteShipment(RemoteShipmentState.Cancelled, []),
            _ => RemoteShipment.NotShipped,
        };
    }

    /// <summary>Tracking numbers in our earlier notes on the order.</summary>
    private async Task<IReadOnlyList<string>> NotedTrackingAsync(string id, CancellationToken cancellationToken)
    {
        var notes = await SendAsync(HttpMethod.Get, $"wc/v3/orders/{id}/notes", null, cancellationToken);
        return Items(notes.Json)
            .Select(n => JsonRead.OptionalString(n, "note") ?? "")
            .Where(n => n.StartsWith(NotePrefix, StringComparison.Ordinal))
            .SelectMany(n => TrackingList().Match(n) is { Success: true } m ? m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Adds Shipment Tracking items when that extension is installed (404 rest_no_route: it is not).</summary>
    private async Task AddShipmentTrackingAsync(string id, string carrier, ShipmentConfirmation confirmation, CancellationToken cancellationToken)
    {
        var path = $"wc-shipment-tracking/v3/orders/{id}/shipment-trackings";
        ShopResponse existing;
        try
        {
            existing = await SendAsync(HttpMethod.Get, path, null, cancellationToken);
        }
        catch (ShopApiException e) when (e.Kind == ShopErrorKind.Permanent && e.Message.Contains(" 404 ", StringComparison.Ordinal))
        {
            return;
        }

        var known = Items(existing.Json).Select(t => JsonRead.OptionalString(t, "tracking_number")).ToHashSet(StringComparer.Ordinal);
        foreach (var number in confirmation.TrackingNumbers.Where(n => !known.Contains(n)))
        {
            await SendAsync(HttpMethod.Post, path, new
            {
                tracking_number = number,
                custom_tracking_provider = carrier,
                date_shipped = confirmation.PackedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            }, cancellationToken);
        }
    }

    private static JsonElement.ArrayEnumerator Items(JsonElement json) =>
        json.ValueKind == JsonValueKind.Array
            ? json.EnumerateArray()
            : throw new ShopApiException(ShopErrorKind.BadResponse, "WooCommerce answered with " + json.ValueKind.ToString().ToLowerInvariant() + " where a list was expected: " + ShopHttp.Snippet(json.GetRawText()));

    private static Product? TryMapProduct(JsonElement json)
    {
        try
        {
            return WooOrderMapper.MapProduct(json);
        }
        catch (ShopDataException)
        {
            return null;
        }
    }

    private (List<Order> Orders, List<RejectedOrder> Rejected) ReadOrders(JsonElement json)
    {
        var orders = new List<Order>();
        var rejected = new List<RejectedOrder>();
        foreach (var element in Items(json))
        {
            try
            {
                if (WooOrderMapper.Map(element, Shop) is { } order)
                    orders.Add(order);
            }
            catch (ShopDataException e)
            {
                rejected.Add(new RejectedOrder(JsonRead.TryField(element, "id")?.GetRawText(), e.Message));
            }
        }

        return (orders, rejected);
    }

    private async Task<ShopResponse> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        var uri = _root + path;
        if (options.QueryStringAuth)
            uri += (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"consumer_key={Uri.EscapeDataString(options.ConsumerKey ?? "")}&consumer_secret={Uri.EscapeDataString(options.ConsumerSecret ?? "")}";
        using var request = new HttpRequestMessage(method, uri);
        if (!options.QueryStringAuth)
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.ConsumerKey}:{options.ConsumerSecret}")));
        if (body is not null)
            request.Content = JsonContent.Create(body);
        if (method == HttpMethod.Put)
            request.Options.Set(ShopHttp.Idempotent, true);
        return await ShopHttp.SendAsync(http, request, cancellationToken);
    }

    [GeneratedRegex(@"tracking (.+)$")]
    private static partial Regex TrackingList();
}
