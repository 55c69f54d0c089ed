using System.Globalization;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using PackStation.Domain.Catalogue;
using PackStation.Domain.Orders;
using PackStation.Domain.Shipping;
using PackStation.Shops.Connectors;
using PackStation.Shops.Http;

namespace PackStation.Shops.Shopify;

/// <summary>
/// Shopify Admin REST API: orders by <c>updated_at_min</c> with <c>status=any</c> and Link-header paging (250 a page),
/// products/variants for barcodes and grams, fulfilment through fulfillment orders with tracking info.
/// </summary>
public sealed class ShopifyConnector : IShopConnector
{
    public const string HttpClientName = "shopify";
    private const int PageSize = 250;
    private readonly HttpClient _http;
    private readonly ShopOptions _options;
    private readonly string _api;

    public ShopifyConnector(HttpClient http, ShopOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options;
        _api = $"{options.BaseUrl!.GetLeftPart(UriPartial.Authority)}/admin/api/{options.ApiVersion}/";
    }

    public string Shop => _options.ShopName;

    public async IAsyncEnumerable<OrderPage> PullOrdersAsync(DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = since is { } from
            ? $"orders.json?status=any&limit={PageSize}&updated_at_min={Uri.EscapeDataString(from.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))}"
            : $"orders.json?status=open&limit={PageSize}";
        Uri? next = new(_api + query);
        var newest = since;
        while (next is not null)
        {
            var response = await GetAsync(next, cancellationToken);
            var (orders, rejected) = ReadOrders(response.Json);
            foreach (var order in orders)
                newest = order.ShopUpdatedAt > newest || newest is null ? order.ShopUpdatedAt : newest;
            next = ShopifyLinkHeader.Next(response.Header("Link"));
            yield return new OrderPage(orders, rejected, 1, next is null ? newest : null);
        }
    }

    public async Task<IReadOnlyList<Order>> GetOrdersAsync(IReadOnlyList<string> externalIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(externalIds);
        var result = new List<Order>();
        foreach (var chunk in externalIds.Chunk(PageSize))
        {
            var response = await GetAsync(new Uri($"{_api}orders.json?status=any&limit={PageSize}&ids={string.Join(',', chunk)}"), cancellationToken);
            result.AddRange(ReadOrders(response.Json).Orders);
        }

        return result;
    }

    public async IAsyncEnumerable<IReadOnlyList<Product>> PullCatalogueAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Uri? next = new($"{_api}products.json?limit={PageSize}");
        while (next is not null)
        {
            var response = await GetAsync(next, cancellationToken);
            var products = new List<Product>();
            foreach (var product in JsonRead.Array(response.Json, "products"))
            {
                try
                {
                    products.AddRange(ShopifyOrderMapper.MapProduct(product));
                }
                catch (ShopDataException)
                {
                    // A product that cannot be read is left out; its SKU stays unknown at the station, which refuses it loudly.
                }
            }

            next = ShopifyLinkHeader.Next(response.Header("Link"));
            yield return products;
        }
    }

    public async Task ConfirmShipmentAsync(ShipmentConfirmation confirmation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        var fulfillmentOrders = await GetAsync(new Uri($"{_api}orders/{confirmation.ExternalId}/fulfillment_orders.json"), cancellationToken);
        var open = JsonRead.Array(fulfillmentOrders.Json, "fulfillment_orders")
            .Where(fo => JsonRead.OptionalString(fo, "status") is "open" or "in_progress")
            .Select(fo => JsonRead.Int64(fo, "id"))
            .ToList();
        if (open.Count == 0)
            throw new ShopApiException(ShopErrorKind.Permanent, $"order {confirmation.ExternalId} has no open fulfillment order (already fulfilled or cancelled)");
        var numbers = confirmation.TrackingNumbers;
        var body = new
        {
            fulfillment = new
            {
                line_items_by_fulfillment_order = open.Select(id => new { fulfillment_order_id = id }).ToArray(),
                tracking_info = new { company = confirmation.Carrier ?? _options.DefaultCarrier, number = numbers.Count > 0 ? numbers[0] : null },
                notify_customer = true,
                message = numbers.Count > 1 ? "Parcels: " + string.Join(", ", numbers) : null,
            },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_api}fulfillments.json") { Content = JsonContent.Create(body) };
        Authorize(request);
        await ShopHttp.SendAsync(_http, request, cancellationToken);
    }

    public async Task<RemoteShipment> GetShipmentAsync(string externalId, CancellationToken cancellationToken)
    {
        ShopResponse order;
        try
        {
            order = await GetAsync(new Uri($"{_api}orders/{externalId}.json"), cancellationToken);
        }
        catch (ShopApiException e) when (e.Kind == ShopErrorKind.Permanent && e.Message.Contains(" 404 ", StringComparison.Ordinal))
        {
            return new RemoteShipment(RemoteShipmentState.NotFound, []);
        }

        var json = JsonRead.Object(order.Json, "order");
        var numbers = JsonRead.OptionalArray(json, "fulfillments")
            .Where(f => JsonRead.OptionalString(f, "status") is "success" or "open" or "pending" or null)
            .SelectMany(f => JsonRead.OptionalArray(f, "tracking_numbers").Select(n => n.GetString() ?? "")
                .Append(JsonRead.OptionalString(f, "tracking_number") ?? ""))
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (numbers.Count > 0 || JsonRead.OptionalString(json, "fulfillment_status") == "fulfilled")
            return new RemoteShipment(RemoteShipmentState.Shipped, numbers);
        if (JsonRead.OptionalString(json, "cancelled_at") is not null)
            return new RemoteShipment(RemoteShipmentState.Cancelled, []);
        return RemoteShipment.NotShipped;
    }

    private (List<Order> Orders, List<RejectedOrder> Rejected) ReadOrders(JsonElement json)
    {
        var orders = new List<Order>();
        var rejected = new List<RejectedOrder>();
        JsonElement.ArrayEnumerator elements;
        try
        {
            elements = JsonRead.Array(json, "orders");
        }
        catch (ShopDataException e)
        {
            throw new ShopApiException(ShopErrorKind.BadResponse, "Shopify answered without an order list: " + e.Message, e);
        }

        foreach (var element in elements)
        {
            try
            {
                if (ShopifyOrderMapper.Map(element, Shop) is { } order)
                    orders.Add(order);
            }
            catch (Exception e) when (e is ShopDataException or InvalidOperationException or FormatException)
            {
                rejected.Add(new RejectedOrder(JsonRead.TryField(element, "id")?.GetRawText(), e.Message));
            }
        }

        return (orders, rejected);
    }

    private async Task<ShopResponse> GetAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        Authorize(request);
        try
        {
            return await ShopHttp.SendAsync(_http, request, cancellationToken);
        }
        catch (ShopDataException e)
        {
            throw new ShopApiException(ShopErrorKind.BadResponse, $"GET {uri.AbsolutePath}: {e.Message}", e);
        }
    }

    private void Authorize(HttpRequestMessage request) => request.Headers.Add("X-Shopify-Access-Token", _options.AccessToken);
}
