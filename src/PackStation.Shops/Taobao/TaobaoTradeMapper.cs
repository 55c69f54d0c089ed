using System.Text.Json;
using PackStation.Domain.Orders;
using PackStation.Domain.Privacy;
using PackStation.Shops.Connectors;
using PackStation.Shops.Http;

namespace PackStation.Shops.Taobao;

/// <summary>
/// A TOP trade (taobao.trade.fullinfo.get) → <see cref="Order"/>. <c>WAIT_SELLER_SEND_GOODS</c> is what we pack;
/// closed trades and sub-orders with a refund in progress come as <see cref="OrderStatus.Cancelled"/> (held if
/// already at a station); anything else (unpaid, already shipped) is not for the warehouse. The receiver comes as
/// Taobao sends it today: masked name, phone and address and the trade's <c>oaid</c>, kept as they are and marked
/// protected (<see cref="ReceiverPrivacy"/>).
/// </summary>
public static class TaobaoTradeMapper
{
    public const string ReadyStatus = "WAIT_SELLER_SEND_GOODS";
    public const string TradeFields =
        "tid,status,created,modified,pay_time,receiver_name,receiver_mobile,receiver_phone,receiver_state,receiver_city," +
        "receiver_district,receiver_address,receiver_zip,receiver_country,oaid,orders";

    /// <summary>Taobao's default: the seller ships within 48 hours of payment.</summary>
    public static readonly TimeSpan ShipWithin = TimeSpan.FromHours(48);

    private static readonly string[] NoRefund = ["NO_REFUND", "CLOSED", "SELLER_REFUSE_BUYER", ""];

    public static bool IsClosed(string? status) => status is "TRADE_CLOSED" or "TRADE_CLOSED_BY_TAOBAO";

    public static bool IsShipped(string? status) =>
        status is "WAIT_BUYER_CONFIRM_GOODS" or "TRADE_BUYER_SIGNED" or "TRADE_FINISHED" or "SELLER_CONSIGNED_PART";

    public static Order? Map(JsonElement trade, string shop)
    {
        var tid = JsonRead.OptionalString(trade, "tid") ?? throw new ShopDataException("\"tid\" is missing");
        var status = JsonRead.String(trade, "status");
        var lines = SubOrders(trade).ToList();
        var refunding = lines.Where(o => !NoRefund.Contains(JsonRead.OptionalString(o, "refund_status") ?? "")).ToList();

        var orderStatus = OrderStatus.Ready;
        string? reason = null;
        if (IsClosed(status))
        {
            orderStatus = OrderStatus.Cancelled;
            reason = $"trade closed at Taobao ({status})";
        }
        else if (status == ReadyStatus && refunding.Count > 0)
        {
            orderStatus = OrderStatus.Cancelled;
            reason = "refund requested at Taobao: " + string.Join(", ", refunding.Select(o => JsonRead.OptionalString(o, "refund_status")).Distinct());
        }
        else if (status != ReadyStatus)
        {
            return null;
        }

        var payTime = TopTime.Parse(JsonRead.OptionalString(trade, "pay_time"));
        var mapped = lines.Select(MapLine).Where(l => l.Quantity > 0).ToList();
        if (orderStatus == OrderStatus.Ready && mapped.Count == 0)
            throw new ShopDataException("trade has no sub-order to ship");
        if (orderStatus == OrderStatus.Ready && string.IsNullOrWhiteSpace(JsonRead.OptionalString(trade, "receiver_address")))
            throw new ShopDataException("\"receiver_address\" is missing");
        return new Order
        {
            Id = "TB-" + tid,
            Shop = shop,
            ExternalId = tid,
            Status = orderStatus,
            HoldReason = reason,
            CreatedAt = Time(trade, "created"),
            ShopUpdatedAt = Time(trade, "modified"),
            ShipBy = payTime + ShipWithin,
            Recipient = ReceiverPrivacy.Protect(new Recipient(
                JsonRead.OptionalString(trade, "receiver_name") ?? "",
                JsonRead.OptionalString(trade, "receiver_mobile") ?? JsonRead.OptionalString(trade, "receiver_phone") ?? "",
                JsonRead.OptionalString(trade, "receiver_address") ?? "",
                JsonRead.OptionalString(trade, "receiver_city"),
                JsonRead.OptionalString(trade, "receiver_state"),
                JsonRead.OptionalString(trade, "receiver_district"),
                JsonRead.OptionalString(trade, "receiver_zip"),
                JsonRead.OptionalString(trade, "receiver_country") is { Length: > 0 } country ? country : "CN")
            {
                Oaid = JsonRead.OptionalString(trade, "oaid"),
            }),
            Lines = mapped,
        };
    }

    /// <summary>Sub-orders, whether TOP wrapped the list (<c>"orders":{"order":[…]}</c>) or simplified it (<c>"orders":[…]</c>).</summary>
    public static IEnumerable<JsonElement> SubOrders(JsonElement trade) => List(trade, "orders", "order");

    /// <summary>A TOP list field in either JSON shape.</summary>
    public static IEnumerable<JsonElement> List(JsonElement parent, string name, string inner) =>
        JsonRead.TryField(parent, name) switch
        {
            { ValueKind: JsonValueKind.Array } array => array.EnumerateArray(),
            { ValueKind: JsonValueKind.Object } wrapped => JsonRead.OptionalArray(wrapped, inner),
            null or { ValueKind: JsonValueKind.Null } => [],
            _ => throw new ShopDataException($"\"{name}\" should be a list"),
        };

    private static OrderLine MapLine(JsonElement order)
    {
        var sku = JsonRead.OptionalString(order, "outer_sku_id") is { Length: > 0 } skuId ? skuId
            : JsonRead.OptionalString(order, "outer_iid") is { Length: > 0 } itemId ? itemId
            : JsonRead.OptionalString(order, "sku_id") ?? JsonRead.OptionalString(order, "num_iid")
              ?? throw new ShopDataException("a sub-order has no outer_sku_id, outer_iid, sku_id or num_iid");
        var quantity = JsonRead.Int64(order, "num");
        if (quantity is < 0 or > 100_000)
            throw new ShopDataException($"sub-order {sku} has quantity {quantity}");
        var title = JsonRead.OptionalString(order, "title") ?? sku;
        if (JsonRead.OptionalString(order, "sku_properties_name") is { Length: > 0 } properties)
            title = $"{title} {properties}";
        return new OrderLine(sku.Trim(), title, (int)quantity);
    }

    private static DateTimeOffset Time(JsonElement trade, string name) =>
        TopTime.Parse(JsonRead.OptionalString(trade, name)) ?? throw new ShopDataException($"\"{name}\" is missing or not yyyy-MM-dd HH:mm:ss");
}
