using System.Globalization;
using System.Text.Json.Nodes;
using PackStation.Domain.Orders;

namespace PackStation.Shops.Carriers.Cainiao;

/// <summary>
/// Builds <c>param_waybill_cloud_print_apply_new_request</c> for one parcel: the carrier (cp_code), the sender, and
/// one <c>trade_order_info_dtos</c> entry whose <c>object_id</c> is "order/parcel" and whose <c>package_info.id</c> is
/// the parcel number, so asking again for the same trade and package returns the number already issued.
/// </summary>
public static class CainiaoWaybillRequest
{
    public static string ObjectId(string orderId, int parcel) => string.Create(CultureInfo.InvariantCulture, $"{orderId}/{parcel}");

    public static JsonObject Build(CainiaoOptions options, string cpCode, Order order, int parcel)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(order);
        var package = new JsonObject
        {
            ["id"] = parcel.ToString(CultureInfo.InvariantCulture),
            ["items"] = new JsonArray(order.Lines.Take(100).Select(l => (JsonNode)new JsonObject { ["name"] = l.Title, ["count"] = l.Quantity }).ToArray()),
        };
        if (order.Lines.All(l => l.UnitGrams is not null))
            package["weight"] = order.Lines.Sum(l => l.UnitGrams!.Value * l.Quantity);
        var info = new JsonObject
        {
            ["object_id"] = ObjectId(order.Id, parcel),
            ["order_info"] = new JsonObject
            {
                ["order_channels_type"] = ChannelOf(order.Shop, options.OrderChannelsType),
                ["trade_order_list"] = new JsonArray(order.ExternalId),
            },
            ["package_info"] = package,
            ["recipient"] = new JsonObject
            {
                ["name"] = order.Recipient.Name,
                ["mobile"] = order.Recipient.Phone,
                ["address"] = Address(order.Recipient.Province, order.Recipient.City, order.Recipient.District, order.Recipient.Address),
            },
            ["template_url"] = options.TemplateUrl?.ToString(),
        };
        return new JsonObject
        {
            ["cp_code"] = cpCode,
            ["sender"] = new JsonObject
            {
                ["name"] = options.SenderName,
                ["mobile"] = options.SenderMobile,
                ["address"] = Address(options.SenderProvince, options.SenderCity, options.SenderDistrict, options.SenderAddress),
            },
            ["trade_order_info_dtos"] = new JsonArray(info),
        };
    }

    private static string ChannelOf(string shop, string fallback) =>
        shop.Contains("tmall", StringComparison.OrdinalIgnoreCase) ? "TM"
        : shop.Contains("taobao", StringComparison.OrdinalIgnoreCase) ? "TB"
        : fallback;

    private static JsonObject Address(string? province, string? city, string? district, string? detail) => new()
    {
        ["province"] = province,
        ["city"] = city,
        ["district"] = district,
        ["detail"] = detail,
    };
}
