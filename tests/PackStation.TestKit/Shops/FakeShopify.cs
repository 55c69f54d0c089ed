using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PackStation.TestKit.Shops;

/// <summary>
/// A faithful fake of the Shopify Admin REST API: access-token check, a leaky bucket per shop (429 + Retry-After,
/// X-Shopify-Shop-Api-Call-Limit), orders by status/updated_at_min/ids with cursor (page_info) paging through the
/// Link header (page_info requests may not repeat filters), fulfillment orders whose second fulfilment is refused,
/// fulfillments with tracking, and products with variants.
/// </summary>
public sealed class FakeShopify : FakeServer
{
    public const string Token = "shpat_test_token";
    public const string Version = "2025-01";
    private readonly Lock _sync = new();
    private readonly Dictionary<long, FakeShopifyOrder> _orders = [];
    private double _bucket;
    private long _bucketAt = TimeProvider.System.GetTimestamp();

    public double Capacity { get; set; } = 40;

    public double LeakPerSecond { get; set; } = 2;

    public int Throttled { get; private set; }

    public int MaxLimit { get; set; } = 250;

    public List<JsonObject> Products { get; } = [];

    public FakeShopifyOrder Add(FakeShopifyOrder order)
    {
        lock (_sync)
            _orders[order.Id] = order;
        return order;
    }

    public FakeShopifyOrder Get(long id)
    {
        lock (_sync)
            return _orders[id];
    }

    public void Change(long id, Action<FakeShopifyOrder> change, DateTimeOffset at)
    {
        lock (_sync)
        {
            change(_orders[id]);
            _orders[id].UpdatedAt = at;
        }
    }

    protected override void Map(WebApplication app)
    {
        var api = $"/admin/api/{Version}";
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers["X-Shopify-Access-Token"] != Token)
            {
                context.Response.StatusCode = 401;
                await context.Response.WriteAsJsonAsync(new { errors = "[API] Invalid API key or access token (unrecognized login or wrong password)" });
                return;
            }

            if (!TakeFromBucket(out var level))
            {
                Throttled++;
                context.Response.StatusCode = 429;
                context.Response.Headers["Retry-After"] = (1 / LeakPerSecond).ToString("0.0##", CultureInfo.InvariantCulture);
                await context.Response.WriteAsJsonAsync(new { errors = "Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service." });
                return;
            }

            context.Response.Headers["X-Shopify-Shop-Api-Call-Limit"] = $"{(int)Math.Ceiling(level)}/{Capacity}";
            await next(context);
        });
        app.MapGet(api + "/orders.json", ListOrders);
        app.MapGet(api + "/orders/{id:long}.json", (long id) => Find(id) is { } o ? Results.Text(Json(new JsonObject { ["order"] = OrderJson(o) }), "application/json") : NotFound());
        app.MapGet(api + "/orders/{id:long}/fulfillment_orders.json", (long id) => Find(id) is { } o ? Results.Text(Json(new JsonObject { ["fulfillment_orders"] = new JsonArray(FulfillmentOrderJson(o)) }), "application/json") : NotFound());
        app.MapPost(api + "/fulfillments.json", (Delegate)CreateFulfillment);
        app.MapGet(api + "/products.json", (HttpContext context) =>
        {
            var limit = int.Parse(context.Request.Query["limit"].FirstOrDefault() ?? "50", CultureInfo.InvariantCulture);
            var offset = context.Request.Query["page_info"].FirstOrDefault() is { } info ? int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(info)), CultureInfo.InvariantCulture) : 0;
            var page = Products.Skip(offset).Take(limit).Select(p => (JsonNode)p.DeepClone()).ToArray();
            if (offset + limit < Products.Count)
                context.Response.Headers["Link"] = $"<{BaseUrl.GetLeftPart(UriPartial.Authority)}{api}/products.json?limit={limit}&page_info={Convert.ToBase64String(Encoding.UTF8.GetBytes((offset + limit).ToString(CultureInfo.InvariantCulture)))}>; rel=\"next\"";
            return Results.Text(Json(new JsonObject { ["products"] = new JsonArray(page) }), "application/json");
        });
    }

    private IResult ListOrders(HttpContext context)
    {
        var query = context.Request.Query;
        var limit = int.Parse(query["limit"].FirstOrDefault() ?? "50", CultureInfo.InvariantCulture);
        if (limit > MaxLimit || limit < 1)
            return Results.Text(Json(new JsonObject { ["errors"] = new JsonObject { ["limit"] = "must be between 1 and 250" } }), "application/json", statusCode: 400);
        string status, updatedMin, ids;
        (DateTimeOffset At, long Id)? after = null;
        if (query["page_info"].FirstOrDefault() is { } pageInfo)
        {
            if (query.ContainsKey("status") || query.ContainsKey("updated_at_min") || query.ContainsKey("ids"))
                return Results.Text("{\"errors\":{\"page_info\":\"page_info cannot be combined with other filters\"}}", "application/json", statusCode: 400);
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(pageInfo)).Split('|');
            (status, updatedMin, ids) = (parts[0], parts[1], parts[2]);
            after = (new DateTimeOffset(long.Parse(parts[3], CultureInfo.InvariantCulture), TimeSpan.Zero), long.Parse(parts[4], CultureInfo.InvariantCulture));
        }
        else
        {
            status = query["status"].FirstOrDefault() ?? "open";
            updatedMin = query["updated_at_min"].FirstOrDefault() ?? "";
            ids = query["ids"].FirstOrDefault() ?? "";
        }

        var min = updatedMin.Length > 0 ? DateTimeOffset.Parse(updatedMin, CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        var idSet = ids.Length > 0 ? ids.Split(',').Select(i => long.Parse(i, CultureInfo.InvariantCulture)).ToHashSet() : null;
        List<FakeShopifyOrder> page;
        bool more;
        lock (_sync)
        {
            var matching = _orders.Values
                .Where(o => status switch
                {
                    "any" => true,
                    "open" => o.CancelledAt is null && o.FulfillmentStatus is null,
                    "closed" => o.FulfillmentStatus is "fulfilled",
                    "cancelled" => o.CancelledAt is not null,
                    _ => false,
                })
                .Where(o => min is null || o.UpdatedAt >= min)
                .Where(o => idSet is null || idSet.Contains(o.Id))
                .OrderBy(o => o.UpdatedAt).ThenBy(o => o.Id)
                .Where(o => after is null || (o.UpdatedAt, o.Id).CompareTo((after.Value.At, after.Value.Id)) > 0)
                .Take(limit + 1)
                .ToList();
            more = matching.Count > limit;
            page = matching.Take(limit).ToList();
        }

        if (more)
        {
            var last = page[^1];
            var cursor = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{status}|{updatedMin}|{ids}|{last.UpdatedAt.UtcTicks}|{last.Id}"));
            context.Response.Headers["Link"] = $"<{BaseUrl.GetLeftPart(UriPartial.Authority)}/admin/api/{Version}/orders.json?limit={limit}&page_info={Uri.EscapeDataString(cursor)}>; rel=\"next\"";
        }

        var body = new StringBuilder("{\"orders\":[");
        lock (_sync)
            body.AppendJoin(',', page.Select(o => o.RawJson ?? OrderJson(o).ToJsonString()));
        body.Append("]}");
        return Results.Text(body.ToString(), "application/json");
    }

    private async Task<IResult> CreateFulfillment(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        var fulfillment = body?["fulfillment"];
        var foId = fulfillment?["line_items_by_fulfillment_order"]?[0]?["fulfillment_order_id"]?.GetValue<long>();
        var number = fulfillment?["tracking_info"]?["number"]?.GetValue<string>();
        lock (_sync)
        {
            var order = _orders.Values.FirstOrDefault(o => o.FulfillmentOrderId == foId);
            if (order is null)
                return Results.Text("{\"errors\":\"Not Found\"}", "application/json", statusCode: 404);
            if (order.FulfillmentOrderStatus != "open")
                return Results.Text($"{{\"errors\":[\"Fulfillment order {foId} has an unfulfillable status= {order.FulfillmentOrderStatus}.\"]}}", "application/json", statusCode: 422);
            order.FulfillmentOrderStatus = "closed";
            order.FulfillmentStatus = "fulfilled";
            order.Fulfillments++;
            if (number is not null)
                order.TrackingNumbers.Add(number);
            order.UpdatedAt = DateTimeOffset.UtcNow;
            return Results.Text(Json(new JsonObject { ["fulfillment"] = new JsonObject { ["id"] = order.Id * 100, ["status"] = "success", ["tracking_number"] = number } }), "application/json", statusCode: 201);
        }
    }

    private FakeShopifyOrder? Find(long id)
    {
        lock (_sync)
            return _orders.GetValueOrDefault(id);
    }

    private static IResult NotFound() => Results.Text("{\"errors\":\"Not Found\"}", "application/json", statusCode: 404);

    private bool TakeFromBucket(out double level)
    {
        lock (_sync)
        {
            var now = TimeProvider.System.GetTimestamp();
            _bucket = Math.Max(0, _bucket - (TimeProvider.System.GetElapsedTime(_bucketAt, now).TotalSeconds * LeakPerSecond));
            _bucketAt = now;
            level = _bucket;
            if (_bucket + 1 > Capacity + 1e-9)
                return false;
            _bucket += 1;
            level = _bucket;
            return true;
        }
    }

    private static JsonObject FulfillmentOrderJson(FakeShopifyOrder o) => new()
    {
        ["id"] = o.FulfillmentOrderId,
        ["order_id"] = o.Id,
        ["status"] = o.CancelledAt is not null ? "cancelled" : o.FulfillmentOrderStatus,
        ["line_items"] = new JsonArray(o.Lines.Select((l, i) => (JsonNode)new JsonObject { ["id"] = o.Id * 1000 + i, ["quantity"] = l.Quantity }).ToArray()),
    };

    public static JsonObject OrderJson(FakeShopifyOrder o) => new()
    {
        ["id"] = o.Id,
        ["name"] = "#" + o.Id,
        ["created_at"] = o.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        ["updated_at"] = o.UpdatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
        ["cancelled_at"] = o.CancelledAt?.ToString("O", CultureInfo.InvariantCulture),
        ["cancel_reason"] = o.CancelledAt is null ? null : "customer",
        ["financial_status"] = o.FinancialStatus,
        ["fulfillment_status"] = o.FulfillmentStatus,
        ["shipping_address"] = new JsonObject
        {
            ["name"] = o.Name, ["address1"] = "1 Main Street", ["address2"] = "Apt 2", ["city"] = "Springfield",
            ["province"] = "Oregon", ["zip"] = "97477", ["country_code"] = "US", ["phone"] = "+1 555 0100",
        },
        ["line_items"] = new JsonArray(o.Lines.Select((l, i) => (JsonNode)new JsonObject
        {
            ["id"] = o.Id * 1000 + i, ["sku"] = l.Sku, ["title"] = l.Title, ["quantity"] = l.Quantity, ["grams"] = l.Grams, ["variant_id"] = 7000 + i,
        }).ToArray()),
        ["fulfillments"] = new JsonArray(o.TrackingNumbers.Select(n => (JsonNode)new JsonObject { ["status"] = "success", ["tracking_number"] = n, ["tracking_numbers"] = new JsonArray(n) }).ToArray()),
    };

    private static string Json(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
