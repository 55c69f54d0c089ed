using System.Text.Json;
using System.Text.Json.Serialization;

namespace PackStation.Shops.Files;

/// <summary>
/// How a CSV order file's columns map to order fields (see docs/order-files.md). Keys of <see cref="Columns"/> are
/// field names (externalId, sku, quantity, title, unitGrams, status, createdAt, updatedAt, shipBy, name, phone, address,
/// city, province, district, postalCode, country, carrier, oaid); values are the file's header texts. One row is one
/// order line; rows with the same externalId form one order.
/// </summary>
public sealed class ColumnMapping
{
    public static readonly string[] RequiredFields = ["externalId", "sku", "quantity"];

    private static readonly string[] GenericFields =
        ["externalId", "sku", "quantity", "title", "unitGrams", "status", "createdAt", "updatedAt", "shipBy", "name", "phone", "address", "city", "province", "district", "postalCode", "country", "carrier", "oaid"];

    [JsonPropertyName("delimiter")]
    public string Delimiter { get; set; } = ",";

    /// <summary>The offset of times written without one, e.g. "+08:00".</summary>
    [JsonPropertyName("timeZone")]
    public string TimeZone { get; set; } = "+08:00";

    [JsonPropertyName("idPrefix")]
    public string IdPrefix { get; set; } = "F-";

    [JsonPropertyName("columns")]
    public Dictionary<string, string> Columns { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Status texts that mean cancelled, and those that mean "not for the warehouse" (skipped).</summary>
    [JsonPropertyName("cancelledStatuses")]
    public List<string> CancelledStatuses { get; set; } = ["cancelled", "refunded"];

    [JsonPropertyName("skippedStatuses")]
    public List<string> SkippedStatuses { get; set; } = ["shipped", "pending"];

    /// <summary>Split a whole address ("浙江省 杭州市 西湖区 文三路90号(310012)") into province, city, district, street and postcode.</summary>
    [JsonPropertyName("splitAddress")]
    public bool SplitAddress { get; set; }

    public TimeSpan Offset =>
        TimeSpan.TryParse(TimeZone.TrimStart('+'), System.Globalization.CultureInfo.InvariantCulture, out var offset)
            ? offset
            : throw new InvalidDataException($"timeZone \"{TimeZone}\" is not an offset like +08:00");

    /// <summary>Our own field names as headers: the generic CSV format.</summary>
    public static ColumnMapping Generic() => new()
    {
        TimeZone = "+00:00",
        Columns = GenericFields.ToDictionary(f => f, f => f, StringComparer.Ordinal),
    };

    /// <summary>The Taobao/Tmall seller-centre order export (订单报表, one row per item).</summary>
    public static ColumnMapping TaobaoExport() => new()
    {
        TimeZone = "+08:00",
        IdPrefix = "TB-",
        SplitAddress = true,
        Columns = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["externalId"] = "订单编号",
            ["status"] = "订单状态",
            ["name"] = "收货人姓名",
            ["address"] = "收货地址",
            ["phone"] = "联系手机",
            ["createdAt"] = "订单创建时间",
            ["sku"] = "商家编码",
            ["title"] = "宝贝标题",
            ["quantity"] = "宝贝总数量",
            ["carrier"] = "物流公司",
        },
        CancelledStatuses = ["交易关闭", "TRADE_CLOSED", "TRADE_CLOSED_BY_TAOBAO"],
        SkippedStatuses = ["等待买家付款", "卖家已发货，等待买家确认", "交易成功", "WAIT_BUYER_PAY", "WAIT_BUYER_CONFIRM_GOODS", "TRADE_FINISHED"],
    };

    public static ColumnMapping Load(string path)
    {
        var mapping = JsonSerializer.Deserialize<ColumnMapping>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path} is empty");
        var missing = RequiredFields.FirstOrDefault(f => !mapping.Columns.ContainsKey(f));
        return missing is null ? mapping : throw new InvalidDataException($"{path}: the mapping names no column for \"{missing}\"");
    }
}
