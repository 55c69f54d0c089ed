using System.Globalization;
using PackStation.Domain.Catalogue;
using PackStation.Domain.Packers;

namespace PackStation.Shops.Demo;

/// <summary>
/// The demo shop's goods: Inner Mongolian cashmere yarn in 14 colours and three skein sizes (42 SKUs), each with an
/// EAN-13 (GS1 China prefix 690) and, for 50 g skeins, a bag-of-10 barcode that counts as ten units. Plus the packers.
/// </summary>
public static class DemoCatalogue
{
    private static readonly (string Code, string Name)[] Colours =
    [
        ("RED", "正红"), ("IVORY", "米白"), ("CAMEL", "驼色"), ("NAVY", "藏青"), ("LGREY", "浅灰"), ("DGREY", "深灰"), ("BLACK", "黑色"),
        ("WINE", "酒红"), ("GREEN", "墨绿"), ("HAZE", "雾霾蓝"), ("OAT", "燕麦"), ("PINK", "樱花粉"), ("GINGER", "姜黄"), ("PURPLE", "香芋紫"),
    ];

    private static readonly (int Grams, int UnitGrams)[] Sizes = [(25, 27), (50, 52), (100, 104)];

    public static IReadOnlyList<Product> Products { get; } = Build();

    public static IReadOnlyList<Packer> Packers { get; } = BuildPackers();

    private static List<Product> Build()
    {
        var products = new List<Product>();
        var serial = 0;
        foreach (var (code, name) in Colours)
        {
            foreach (var (grams, unitGrams) in Sizes)
            {
                serial++;
                var sku = string.Create(CultureInfo.InvariantCulture, $"CY-26-{code}-{grams}");
                var barcodes = new List<ProductBarcode> { new(Ean13.Complete(string.Create(CultureInfo.InvariantCulture, $"690123{serial:000000}"))) };
                if (grams == 50)
                    barcodes.Add(new ProductBarcode(Ean13.Complete(string.Create(CultureInfo.InvariantCulture, $"690123{serial + 500:000000}")), Multiplier: 10));
                products.Add(new Product(sku, $"内蒙古山羊绒线 {grams}g {name}", unitGrams, barcodes));
            }
        }

        return products;
    }

    private static List<Packer> BuildPackers()
    {
        string[] names =
        [
            "王芳", "李娜", "张敏", "刘洋", "陈静", "杨丽", "赵磊", "黄婷", "周杰", "吴霞", "徐明", "孙燕", "胡斌", "朱琳", "高鹏",
            "林雪", "何勇", "郭佳", "马超", "罗兰", "梁晨", "宋雨", "郑浩", "谢颖", "韩梅", "唐亮", "冯娟", "于波", "董倩", "萧然",
        ];
        // Badges are random (made once per process; the store keeps the first ones it is given): a demo site's supervisor
        // badge approves overrides, so it must not be guessable.
        var packers = names.Select((n, i) => new Packer(string.Create(CultureInfo.InvariantCulture, $"P{i + 1:000}"), n, BadgeCode.New())).ToList();
        packers.Add(new Packer("SUP1", "包主管", BadgeCode.New(), PackerRole.Supervisor));
        packers.Add(new Packer("SUP2", "苏组长", BadgeCode.New(), PackerRole.Supervisor));
        return packers;
    }
}
