using PackStation.Domain.Orders;

namespace PackStation.Labels.Tests.Support;

/// <summary>
/// The longest order a courier realistically sees: a four-character name, a 19-digit Taobao order number, and a
/// full address in Xinjiang (autonomous region, prefecture and county names are the longest in China), with estate,
/// building, unit and room.
/// </summary>
public static class LongestOrder
{
    public const string Address =
        "新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县爱新舍里镇乌珠牛录村幸福大道东段188号阳光花园小区12栋2单元1203室（快递请放门口快递柜）";

    public const string Phone = "13812345678";

    public const string OrderId = "TB-2087654321098765432";

    public const string Tracking = "753123456789012";

    public static Order Create() => new()
    {
        Id = OrderId,
        Shop = "taobao",
        ExternalId = "2087654321098765432",
        CreatedAt = new DateTimeOffset(2026, 11, 28, 9, 12, 0, TimeSpan.FromHours(8)),
        Recipient = new Recipient("欧阳慕容雪", Phone, Address, "伊犁哈萨克自治州", "新疆维吾尔自治区", "察布查尔锡伯自治县", "835300", "CN"),
        Lines =
        [
            new OrderLine("CY-26-RED-50", "内蒙古阿尔巴斯山羊绒线 50g 正红 手编中粗", 2, 52),
            new OrderLine("CY-26-GRY-100", "内蒙古山羊绒线 100g 浅灰 机织细线", 1, 104),
        ],
        Carrier = "ZTO",
    };

    public static SenderAddress Sender { get; } = new()
    {
        Name = "鄂尔多斯草原绒线坊旗舰店", Phone = "0477-5551234", Province = "内蒙古自治区", City = "鄂尔多斯市",
        District = "东胜区", Address = "铜川镇绒纺产业园区创业大道19号3号仓库",
    };
}
