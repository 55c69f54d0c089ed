using System.Text;
using PackStation.Domain.Orders;
using PackStation.Shops.Files;
using PackStation.TestKit;

namespace PackStation.Shops.Tests.Files;

public sealed class OrderFileTests : IDisposable
{
    private const string TaobaoHeader = "订单编号,订单状态,收货人姓名,收货地址,联系手机,订单创建时间,商家编码,宝贝标题,宝贝总数量\n";
    private readonly TempDirectory _dir = new("order-files");

    public void Dispose() => _dir.Dispose();

    private static FileOrderConnector Connector(string path, string? mapping = null) =>
        new(new ShopOptions { Kind = ShopKind.File, Path = path, MappingPath = mapping, Name = "taobao-file" });

    private async Task<OrderFileContent> ReadAsync(string name, byte[] bytes, string? mapping = null)
    {
        var path = _dir.File(name);
        await File.WriteAllBytesAsync(path, bytes);
        return await Connector(path, mapping).ReadFileAsync(path, CancellationToken.None);
    }

    [Fact]
    public async Task Read_TaobaoExportUtf8WithBom_OrderWithSplitAddressAndBeijingTime()
    {
        var text = TaobaoHeader +
            "=\"3391028845\",买家已付款，等待卖家发货,张小燕,浙江省 杭州市 西湖区 文三路90号3单元501(310012),13812345678,2026-11-28 09:12:00,CY-26-RED-50,内蒙古山羊绒线 50g 正红,2\n" +
            "=\"3391028845\",买家已付款，等待卖家发货,张小燕,浙江省 杭州市 西湖区 文三路90号3单元501(310012),13812345678,2026-11-28 09:12:00,CY-26-GREY-50,灰,1\n";

        var (orders, rejected) = await ReadAsync("export.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        Assert.Empty(rejected);
        var order = Assert.Single(orders);
        Assert.Equal("TB-3391028845", order.Id);
        Assert.Equal("3391028845", order.ExternalId);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 9, 12, 0, TimeSpan.FromHours(8)), order.CreatedAt);
        Assert.Equal(new Recipient("张小燕", "13812345678", "浙江省杭州市西湖区文三路90号3单元501", "杭州市", "浙江省", "西湖区", "310012", "CN"), order.Recipient);
        Assert.Equal(["CY-26-RED-50", "CY-26-GREY-50"], order.Lines.Select(l => l.Sku));
    }

    [Fact]
    public async Task Read_Gb18030Export_DecodedByItsBytes()
    {
        // GB18030 bytes written from the code table: 订单编号,收货人姓名,商家编码,宝贝总数量,收货地址 / 张小燕.
        byte[] header = [0xB6, 0xA9, 0xB5, 0xA5, 0xB1, 0xE0, 0xBA, 0xC5, 0x2C, 0xCA, 0xD5, 0xBB, 0xF5, 0xC8, 0xCB, 0xD0, 0xD5, 0xC3, 0xFB, 0x2C,
            0xC9, 0xCC, 0xBC, 0xD2, 0xB1, 0xE0, 0xC2, 0xEB, 0x2C, 0xB1, 0xA6, 0xB1, 0xB4, 0xD7, 0xDC, 0xCA, 0xFD, 0xC1, 0xBF, 0x2C, 0xCA, 0xD5, 0xBB, 0xF5, 0xB5, 0xD8, 0xD6, 0xB7, 0x0A];
        byte[] row = [.. "123,"u8, 0xD5, 0xC5, 0xD0, 0xA1, 0xD1, 0xE0, .. ",CY-1,3,Road 1\n"u8];

        var (orders, rejected) = await ReadAsync("gbk.csv", [.. header, .. row]);

        Assert.Empty(rejected);
        var order = Assert.Single(orders);
        Assert.Equal("张小燕", order.Recipient.Name);
        Assert.Equal(3, order.Lines[0].Quantity);
    }

    [Fact]
    public async Task Read_BadRows_EachReportedWithItsLineAndTheOrderRefusedWhole()
    {
        var text = TaobaoHeader +
            "1001,买家已付款，等待卖家发货,甲,\"浙江省 杭州市 西湖区\n文三路1号\",138,2026-11-28 09:12:00,A,a,1\n" + // lines 2-3
            "1002,买家已付款，等待卖家发货,乙,地址,139,2026-11-28 09:12:00,B,b,two\n" +                              // line 4
            "1003,买家已付款，等待卖家发货,丙,地址,137,2026-11-28 09:12:00,C,c,1\n" +                                // line 5
            "1003,买家已付款，等待卖家发货,丙,地址,137,2026-11-28 09:12:00,,c,1\n" +                                 // line 6
            "1004,买家已付款，等待卖家发货,丁,地址,136,yesterday,D,d,1\n";                                          // line 7

        var (orders, rejected) = await ReadAsync("bad.csv", Encoding.UTF8.GetBytes(text));

        Assert.Equal(["1001"], orders.Select(o => o.ExternalId));
        Assert.Contains(rejected, r => r.Line == 4 && r.ExternalId == "1002" && r.Reason.Contains("two", StringComparison.Ordinal));
        Assert.Contains(rejected, r => r.Line == 6 && r.ExternalId == "1003" && r.Reason.Contains("SKU", StringComparison.Ordinal));
        Assert.Contains(rejected, r => r.Line == 5 && r.ExternalId == "1003" && r.Reason.Contains("refused whole", StringComparison.Ordinal));
        Assert.Contains(rejected, r => r.Line == 7 && r.ExternalId == "1004" && r.Reason.Contains("createdAt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_GenericCsvWithMappingFile_ColumnsTakenFromTheMapping()
    {
        var mapping = _dir.File("mapping.json");
        await File.WriteAllTextAsync(mapping, """
            { "delimiter": ";", "timeZone": "+01:00", "idPrefix": "SHOP-",
              "columns": { "externalId": "Order No", "sku": "Article", "quantity": "Qty", "name": "Customer", "address": "Street",
                           "country": "Country", "unitGrams": "Grams", "createdAt": "Date", "status": "State" },
              "cancelledStatuses": ["storniert"], "skippedStatuses": ["offen"] }
            """);
        var text = "Order No;Article;Qty;Customer;Street;Country;Grams;Date;State\n" +
            "A-1;SKU-1;2;Anna;Hauptstr. 1;DE;50;2026-11-28 10:00:00;bezahlt\n" +
            "A-2;SKU-2;1;Ben;Weg 2;DE;;2026-11-28 10:05:00;storniert\n" +
            "A-3;SKU-3;1;Cem;Gasse 3;DE;;2026-11-28 10:06:00;offen\n";

        var (orders, rejected) = await ReadAsync("generic.csv", Encoding.UTF8.GetBytes(text), mapping);

        Assert.Empty(rejected);
        Assert.Equal(["SHOP-A-1", "SHOP-A-2"], orders.Select(o => o.Id));
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(1)), orders[0].CreatedAt);
        Assert.Equal(new OrderLine("SKU-1", "SKU-1", 2, 50), orders[0].Lines[0]);
        Assert.Equal(OrderStatus.Cancelled, orders[1].Status);
    }

    [Fact]
    public async Task Read_JsonLinesFromOrdersCommand_RoundTripsAndReportsBadLines()
    {
        var order = new Order
        {
            Id = "TB-3391028845", Shop = "taobao-file", ExternalId = "3391028845",
            CreatedAt = new DateTimeOffset(2026, 11, 28, 9, 12, 0, TimeSpan.FromHours(8)),
            ShipBy = new DateTimeOffset(2026, 11, 30, 18, 0, 0, TimeSpan.FromHours(8)),
            ShopUpdatedAt = new DateTimeOffset(2026, 11, 28, 9, 12, 0, TimeSpan.FromHours(8)),
            Recipient = new Recipient("张小燕", "13812345678", "浙江省杭州市西湖区文三路90号3单元501", "杭州市", "浙江省", "西湖区", "310012"),
            Lines = [new OrderLine("CY-26-RED-50", "内蒙古山羊绒线 50g 正红", 2, 52)],
            Carrier = "ZTO",
        };
        var text = OrderJsonWriter.Write(order) + "\n{\"externalId\":\"x\"\n{\"externalId\":\"y\",\"recipient\":{\"name\":\"a\",\"address\":\"b\"},\"lines\":[{\"sku\":\"A\",\"quantity\":\"many\"}]}\n";

        var (orders, rejected) = await ReadAsync("orders.jsonl", Encoding.UTF8.GetBytes(text));

        var read = Assert.Single(orders);
        Assert.Equal(order with { Lines = read.Lines }, read);
        Assert.Equal(order.Lines, read.Lines);
        Assert.Equal([2, 3], rejected.Select(r => r.Line ?? 0));
    }

    [Fact]
    public async Task Read_OnePrettyPrintedOrder_IsOneOrder()
    {
        const string text = """
            {
              "externalId": "3391028845",
              "createdAt": "2026-11-28T09:12:00+08:00",
              "recipient": { "name": "张小燕", "phone": "13812345678", "address": "浙江省杭州市西湖区文三路90号3单元501" },
              "lines": [
                { "sku": "CY-26-RED-50", "title": "内蒙古山羊绒线 50g 正红", "quantity": 2, "unitGrams": 52 }
              ]
            }
            """;

        var (orders, rejected) = await ReadAsync("order.json", Encoding.UTF8.GetBytes(text));

        Assert.Empty(rejected);
        var order = Assert.Single(orders);
        Assert.Equal("3391028845", order.ExternalId);
        Assert.Equal("张小燕", order.Recipient.Name);
        Assert.Equal(2, Assert.Single(order.Lines).Quantity);
    }

    [Fact]
    public async Task Read_PrettyPrintedOrderCutShort_IsReportedNotIgnored()
    {
        var (orders, rejected) = await ReadAsync("order.json", Encoding.UTF8.GetBytes("{\n  \"externalId\": \"3391028845\",\n  \"lines\": [\n"));

        Assert.Empty(orders);
        Assert.Equal([1, 2, 3], rejected.Select(r => r.Line ?? 0));
        Assert.All(rejected, r => Assert.StartsWith("not valid JSON", r.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_DesignExample_HasTheDocumentedShape()
    {
        var order = new Order
        {
            Id = "TB-3391028845", Shop = "taobao", ExternalId = "3391028845", Status = OrderStatus.InProgress,
            CreatedAt = new DateTimeOffset(2026, 11, 28, 9, 12, 0, TimeSpan.FromHours(8)),
            ShipBy = new DateTimeOffset(2026, 11, 30, 18, 0, 0, TimeSpan.FromHours(8)),
            Recipient = new Recipient("张小燕", "13812345678", "浙江省杭州市西湖区文三路90号3单元501", "杭州市", "浙江省", "西湖区", "310012"),
            Lines = [new OrderLine("CY-26-RED-50", "内蒙古山羊绒线 50g 正红", 2, 52)],
            Carrier = "ZTO",
        };

        var json = OrderJsonWriter.Write(order);

        Assert.StartsWith("""{"id":"TB-3391028845","shop":"taobao","externalId":"3391028845","status":"in-progress","createdAt":"2026-11-28T09:12:00+08:00","shipBy":"2026-11-30T18:00:00+08:00","recipient":{"name":"张小燕","phone":"13812345678","address":"浙江省杭州市西湖区文三路90号3单元501","city":"杭州市","province":"浙江省","district":"西湖区","postalCode":"310012","country":"CN"},"lines":[{"sku":"CY-26-RED-50","title":"内蒙古山羊绒线 50g 正红","quantity":2,"unitGrams":52}],"carrier":"ZTO",""", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfirmShipment_Twice_OneLineInShipmentsFile()
    {
        var path = _dir.File("orders.csv");
        await File.WriteAllTextAsync(path, TaobaoHeader);
        var connector = Connector(path);
        var confirmation = new Domain.Shipping.ShipmentConfirmation
        {
            OrderId = "TB-1", Shop = "taobao-file", ExternalId = "1", Carrier = "ZTO", TrackingNumbers = ["7531"], PackedAt = DateTimeOffset.UnixEpoch,
        };

        await connector.ConfirmShipmentAsync(confirmation, CancellationToken.None);
        await connector.ConfirmShipmentAsync(confirmation, CancellationToken.None);

        var lines = await File.ReadAllLinesAsync(_dir.File(FileOrderConnector.ShipmentsFile));
        Assert.Equal(["externalId,carrier,tracking,packedAt", "1,ZTO,7531,1970-01-01T00:00:00.0000000+00:00"], lines);
        Assert.True((await connector.GetShipmentAsync("1", CancellationToken.None)).HasAll(["7531"]));
    }
}
