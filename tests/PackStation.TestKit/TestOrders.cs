using PackStation.Domain.Orders;

namespace PackStation.TestKit;

/// <summary>Orders for tests, in the order JSON shape of docs/interfaces.md.</summary>
public static class TestOrders
{
    public static readonly DateTimeOffset Created = new(2026, 11, 28, 9, 12, 0, TimeSpan.FromHours(8));

    public static Order Make(string externalId, params OrderLine[] lines) => new()
    {
        Id = "TB-" + externalId,
        Shop = "taobao",
        ExternalId = externalId,
        CreatedAt = Created,
        ShipBy = Created.AddDays(2),
        ShopUpdatedAt = Created,
        Recipient = new Recipient("张小燕", "13812345678", "浙江省杭州市西湖区文三路90号3单元501", "杭州市", "浙江省", "西湖区", "310012"),
        Lines = lines.Length > 0 ? lines : [new OrderLine("CY-26-RED-50", "内蒙古山羊绒线 50g 正红", 2, 52)],
        Carrier = "ZTO",
    };

    /// <summary>A Taobao order as Taobao sends it today: receiver masked, an OAID, marked protected.</summary>
    public static Order Protected(string externalId, string oaid, params OrderLine[] lines) => Make(externalId, lines) with
    {
        Recipient = new Recipient("张*燕", "13*******78", "文三路*-*", "杭州市", "浙江省", "西湖区") { Oaid = oaid, Protected = true },
    };
}
