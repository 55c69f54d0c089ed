using System.Globalization;
using System.Text.Json.Nodes;
using PackStation.Domain.Orders;
using PackStation.Domain.Privacy;

namespace PackStation.Shops.Carriers.Cainiao;

/// <summary>
/// Builds <c>param_waybill_cloud_print_apply_new_request</c>: the carrier (cp_code), the sender, and one
/// <c>trade_order_info_dtos</c> entry per parcel (at most <see cref="MaxParcelsPerCall"/>) whose <c>object_id</c> is
/// "order/parcel" and whose <c>package_info.id</c> is the parcel number, so asking again for the same trade and
/// package returns the number already issued. The receiver follows <see cref="ReceiverPrivacy.WaybillRecipient"/>:
/// <c>recipient.oaid</c> + <c>recipient.tid</c> for a protected platform receiver (the region only where it is not
/// masked), the plain receiver only for orders that have it; masked text is never put in.
/// </summary>
public static class CainiaoWaybillRequest
{
    /// <summary>Cainiao takes at most 10 trade_order_info_dtos per call.</summary>
    public const int MaxParcelsPerCall = 10;

    public static string ObjectId(string orderId, int parcel) => string.Create(CultureInfo.InvariantCulture, $"{orderId}/{parcel}");

    public static JsonObject Build(CainiaoOptions options, string cpCode, IReadOnlyList<(Order Order, int Parcel)> parcels)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(parcels);
        if (parcels.Count is < 1 or > MaxParcelsPerCall)
            throw new ArgumentOutOfRangeException(nameof(parcels), parcels.Count, $"a call takes 1 to {MaxParcelsPerCall} parcels");
        return new JsonObject
        {
            ["cp_code"] = cpCode,
            ["sender"] = new JsonObject
            {
                ["name"] = options.SenderName,
                ["mobile"] = options.SenderMobile,
                ["address"] = Address(options.SenderProvince, options.SenderCity, options.SenderDistrict, options.SenderAddress),
            },
            ["trade_order_info_dtos"] = new JsonArray(parcels.Select(p => (JsonNode)Entry(options, p.Order, p.Parcel)).ToArray()),
        };
    }

    /// <summary>The receiver part of one entry; throws <see cref="WaybillRefusedException"/> for a masked receiver without OAID.</summary>
    public static JsonObject Recipient(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var r = order.Recipient;
        return ReceiverPrivacy.WaybillRecipient(order) switch
        {
            WaybillRecipient.ByOaid byOaid => new JsonObject
            {
                ["oaid"] = byOaid.Oaid,
                ["tid"] = byOaid.TradeId,
                ["address"] = Address(Clear(r.Province), Clear(r.City), Clear(r.District), null),
            },
            WaybillRecipient.Plain plain => new JsonObject
            {
                ["name"] = plain.Recipient.Name,
                ["mobile"] = plain.Recipient.Phone,
                ["address"] = Address(r.Province, r.City, r.District, r.Address),
            },
            WaybillRecipient.Refused refused => throw new WaybillRefusedException(refused.Reason),
            _ => throw new InvalidOperationException("unknown waybill recipient"),
        };
    }

    private static JsonObject Entry(CainiaoOptions options, Order order, int parcel)
    {
        var package = new JsonObject
        {
            ["id"] = parcel.ToString(CultureInfo.InvariantCulture),
            ["items"] = new JsonArray(order.Lines.Take(100).Select(l => (JsonNode)new JsonObject { ["name"] = l.Title, ["count"] = l.Quantity }).ToArray()),
        };
        if (order.Lines.All(l => l.UnitGrams is not null))
            package["weight"] = order.Lines.Sum(l => l.UnitGrams!.Value * l.Quantity);
        return new JsonObject
        {
            ["object_id"] = ObjectId(order.Id, parcel),
            ["order_info"] = new JsonObject
            {
                ["order_channels_type"] = ChannelOf(order.Shop, options.OrderChannelsType),
                ["trade_order_list"] = new JsonArray(order.ExternalId),
            },
            ["package_info"] = package,
            ["recipient"] = Recipient(order),
            ["template_url"] = options.TemplateUrl?.ToString(),
        };
    }

    private static string? Clear(string? text) => ReceiverPrivacy.IsMasked(text) ? null : text;

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
