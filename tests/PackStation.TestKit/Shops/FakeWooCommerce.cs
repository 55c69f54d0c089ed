using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PackStation.TestKit.Shops;

/// <summary>
/// A faithful fake of the WooCommerce REST API v3: Basic auth or consumer_key/consumer_secret in the query (a server
/// that drops the Authorization header can be played), orders by modified_after/status/include with page/per_page ≤ 100
/// and X-WP-Total/X-WP-TotalPages, order update, order notes, and optionally the Shipment Tracking extension.
/// </summary>
public sealed class FakeWooCommerce : FakeServer
{
    public const string Key = "ck_test";
    public const string Secret = "cs_test";
    private readonly Lock _sync = new();
    private readonly Dictionary<long, JsonObject> _orders = [];
    private readonly Dictionary<long, List<string>> _notes = [];
    private readonly Dictionary<long, List<string>> _trackings = [];

    /// <summary>Plays a server that strips the Authorization header (only query-string keys get through).</summary>
    public bool DropsAuthorizationHeader { get; set; }

    public bool HasShipmentTracking { get; set; }

    public void Add(long id, string status, DateTimeOffset modified, string sku = "CY-26-RED-50", int quantity = 2)
    {
        lock (_sync)
        {
            _orders[id] = new JsonObject
            {
                ["id"] = id, ["status"] = status,
                ["date_created_gmt"] = modified.AddHours(-1).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
                ["date_modified_gmt"] = modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
                ["billing"] = new JsonObject { ["first_name"] = "Anna", ["last_name"] = "Berg", ["phone"] = "+49 30 1234", ["address_1"] = "Hauptstr. 1" },
                ["shipping"] = new JsonObject { ["first_name"] = "Anna", ["last_name"] = "Berg", ["address_1"] = "Hauptstr. 1", ["city"] = "Berlin", ["postcode"] = "10115", ["country"] = "DE" },
                ["line_items"] = new JsonArray(new JsonObject { ["id"] = id * 10, ["name"] = "Cashmere yarn", ["sku"] = sku, ["quantity"] = quantity, ["product_id"] = 55 }),
            };
            _notes[id] = [];
            _trackings[id] = [];
        }
    }

    public string Status(long id)
    {
        lock (_sync)
            return _orders[id]["status"]!.GetValue<string>();
    }

    public IReadOnlyList<string> Notes(long id)
    {
        lock (_sync)
            return [.. _notes[id]];
    }

    public IReadOnlyList<string> Trackings(long id)
    {
        lock (_sync)
            return [.. _trackings[id]];
    }

    protected override void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!Authorized(context.Request))
            {
                context.Response.StatusCode = 401;
                await context.Response.WriteAsJsonAsync(new { code = "woocommerce_rest_cannot_view", message = "Sorry, you cannot list resources.", data = new { status = 401 } });
                return;
            }

            await next(context);
        });
        const string root = "/wp-json/wc/v3";
        app.MapGet(root + "/orders", List);
        app.MapGet(root + "/orders/{id:long}", (long id) => WithOrder(id, o => Results.Text(o.ToJsonString(), "application/json")));
        app.MapPut(root + "/orders/{id:long}", async (long id, HttpContext context) =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body);
            return WithOrder(id, o =>
            {
                if (body?["status"]?.GetValue<string>() is { } status)
                {
                    o["status"] = status;
                    o["date_modified_gmt"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
                }

                return Results.Text(o.ToJsonString(), "application/json");
            });
        });
        app.MapGet(root + "/orders/{id:long}/notes", (long id) => WithOrder(id, _ =>
            Results.Text(new JsonArray(_notes[id].Select((n, i) => (JsonNode)new JsonObject { ["id"] = i + 1, ["note"] = n, ["customer_note"] = true }).ToArray()).ToJsonString(), "application/json")));
        app.MapPost(root + "/orders/{id:long}/notes", async (long id, HttpContext context) =>
        {
            var note = (await JsonNode.ParseAsync(context.Request.Body))?["note"]?.GetValue<string>();
            if (string.IsNullOrEmpty(note))
                return Results.Text("{\"code\":\"rest_missing_callback_param\",\"message\":\"Missing parameter(s): note\",\"data\":{\"status\":400}}", "application/json", statusCode: 400);
            return WithOrder(id, _ =>
            {
                _notes[id].Add(note);
                return Results.Text(new JsonObject { ["id"] = _notes[id].Count, ["note"] = note }.ToJsonString(), "application/json", statusCode: 201);
            });
        });
        const string tracking = "/wp-json/wc-shipment-tracking/v3/orders/{id:long}/shipment-trackings";
        app.MapGet(tracking, (long id) => HasShipmentTracking
            ? WithOrder(id, _ => Results.Text(new JsonArray(_trackings[id].Select(t => (JsonNode)new JsonObject { ["tracking_number"] = t }).ToArray()).ToJsonString(), "application/json"))
            : NoRoute());
        app.MapPost(tracking, async (long id, HttpContext context) =>
        {
            if (!HasShipmentTracking)
                return NoRoute();
            var number = (await JsonNode.ParseAsync(context.Request.Body))?["tracking_number"]?.GetValue<string>() ?? "";
            return WithOrder(id, _ =>
            {
                _trackings[id].Add(number);
                return Results.Text(new JsonObject { ["tracking_id"] = Guid.NewGuid().ToString("N"), ["tracking_number"] = number }.ToJsonString(), "application/json", statusCode: 201);
            });
        });
    }

    private bool Authorized(HttpRequest request)
    {
        var header = DropsAuthorizationHeader ? null : request.Headers.Authorization.FirstOrDefault();
        if (header is not null && header.StartsWith("Basic ", StringComparison.Ordinal))
            return Encoding.UTF8.GetString(Convert.FromBase64String(header[6..])) == $"{Key}:{Secret}";
        return request.Query["consumer_key"] == Key && request.Query["consumer_secret"] == Secret;
    }

    private IResult List(HttpContext context)
    {
        var query = context.Request.Query;
        var perPage = int.Parse(query["per_page"].FirstOrDefault() ?? "10", CultureInfo.InvariantCulture);
        if (perPage is < 1 or > 100)
            return Results.Text("{\"code\":\"rest_invalid_param\",\"message\":\"Invalid parameter(s): per_page\",\"data\":{\"status\":400,\"params\":{\"per_page\":\"per_page must be between 1 (inclusive) and 100 (inclusive)\"}}}", "application/json", statusCode: 400);
        var page = int.Parse(query["page"].FirstOrDefault() ?? "1", CultureInfo.InvariantCulture);
        var status = query["status"].FirstOrDefault() ?? "any";
        var modifiedAfter = query["modified_after"].FirstOrDefault() is { } m ? DateTime.Parse(m, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal) : (DateTime?)null;
        var include = query["include"].FirstOrDefault()?.Split(',').Select(i => long.Parse(i, CultureInfo.InvariantCulture)).ToHashSet();
        List<JsonObject> matching;
        lock (_sync)
        {
            matching = _orders.Values
                .Where(o => status == "any" || o["status"]!.GetValue<string>() == status)
                .Where(o => modifiedAfter is null || DateTime.Parse(o["date_modified_gmt"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal) > modifiedAfter)
                .Where(o => include is null || include.Contains(o["id"]!.GetValue<long>()))
                .OrderBy(o => o["date_created_gmt"]!.GetValue<string>(), StringComparer.Ordinal).ThenBy(o => o["id"]!.GetValue<long>())
                .ToList();
        }

        context.Response.Headers["X-WP-Total"] = matching.Count.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["X-WP-TotalPages"] = ((matching.Count + perPage - 1) / perPage).ToString(CultureInfo.InvariantCulture);
        var items = matching.Skip((page - 1) * perPage).Take(perPage).Select(o => (JsonNode)o.DeepClone()).ToArray();
        return Results.Text(new JsonArray(items).ToJsonString(), "application/json");
    }

    private IResult WithOrder(long id, Func<JsonObject, IResult> action)
    {
        lock (_sync)
        {
            return _orders.TryGetValue(id, out var order)
                ? action(order)
                : Results.Text("{\"code\":\"woocommerce_rest_shop_order_invalid_id\",\"message\":\"Invalid ID.\",\"data\":{\"status\":404}}", "application/json", statusCode: 404);
        }
    }

    private static IResult NoRoute() =>
        Results.Text("{\"code\":\"rest_no_route\",\"message\":\"No route was found matching the URL and request method.\",\"data\":{\"status\":404}}", "application/json", statusCode: 404);
}
