using System.Globalization;
using PackStation.Domain.Orders;

namespace PackStation.Shops.Demo;

/// <summary>
/// Real-looking Taobao orders for the demo shop: Chinese names, provinces, cities, districts and street addresses,
/// mobile numbers, one to four lines of cashmere yarn, ship-by deadlines from a few hours to two days.
/// </summary>
public sealed class DemoOrderGenerator(Random random)
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];
    private static readonly string[] Given = ["小燕", "丽华", "建国", "秀英", "志强", "静", "敏", "婷婷", "晓明", "雪梅", "海燕", "子涵", "一诺", "欣怡", "浩然", "梓萱"];

    private static readonly (string Province, string City, string[] Districts, string Postal)[] Places =
    [
        ("浙江省", "杭州市", ["西湖区", "拱墅区", "滨江区"], "310012"),
        ("上海市", "上海市", ["浦东新区", "徐汇区", "静安区"], "200030"),
        ("北京市", "北京市", ["朝阳区", "海淀区", "东城区"], "100020"),
        ("广东省", "广州市", ["天河区", "越秀区", "海珠区"], "510620"),
        ("广东省", "深圳市", ["南山区", "福田区", "宝安区"], "518057"),
        ("江苏省", "南京市", ["鼓楼区", "玄武区", "建邺区"], "210008"),
        ("四川省", "成都市", ["武侯区", "锦江区", "高新区"], "610041"),
        ("湖北省", "武汉市", ["武昌区", "江汉区", "洪山区"], "430061"),
        ("山东省", "青岛市", ["市南区", "崂山区", "黄岛区"], "266071"),
        ("内蒙古自治区", "呼和浩特市", ["赛罕区", "新城区", "回民区"], "010020"),
    ];

    private static readonly string[] Streets = ["文三路", "中山路", "解放路", "人民路", "建设路", "学院路", "和平街", "长江路", "新华路", "南京路"];

    private long _next = 3_391_028_845;

    public Order Next(DateTimeOffset createdAt)
    {
        var externalId = (_next += random.Next(1, 9_999)).ToString(CultureInfo.InvariantCulture);
        var (province, city, districts, postal) = Places[random.Next(Places.Length)];
        var district = districts[random.Next(districts.Length)];
        var address = string.Create(CultureInfo.InvariantCulture,
            $"{province}{city}{district}{Streets[random.Next(Streets.Length)]}{random.Next(1, 400)}号{random.Next(1, 12)}单元{random.Next(1, 30)}0{random.Next(1, 4)}");
        var phone = string.Create(CultureInfo.InvariantCulture, $"1{random.Next(3, 10)}{random.Next(0, 1_000_000_000):000000000}");
        var lineCount = random.Next(10) switch { < 5 => 1, < 8 => 2, < 9 => 3, _ => 4 };
        var products = DemoCatalogue.Products.OrderBy(_ => random.Next()).Take(lineCount);
        var lines = products.Select(p => new OrderLine(p.Sku, p.Title, random.Next(10) < 7 ? random.Next(1, 4) : random.Next(4, 11), p.UnitGrams)).ToList();
        var created = createdAt.ToOffset(TimeSpan.FromHours(8));
        return new Order
        {
            Id = "TB-" + externalId,
            Shop = "demo",
            ExternalId = externalId,
            CreatedAt = created,
            ShopUpdatedAt = created,
            ShipBy = created.AddHours(random.Next(10) < 2 ? random.Next(3, 10) : 48),
            Recipient = new Recipient(Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)], phone, address, city, province, district, postal),
            Lines = lines,
            Carrier = random.Next(3) switch { 0 => "ZTO", 1 => "YTO", _ => "SF" },
        };
    }
}
