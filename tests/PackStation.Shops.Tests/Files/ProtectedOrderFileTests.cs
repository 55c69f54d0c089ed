using System.Text;
using PackStation.Shops.Files;
using PackStation.TestKit;

namespace PackStation.Shops.Tests.Files;

/// <summary>Seller-centre exports carry the receiver masked, as the platform shows it: kept masked, marked protected.</summary>
public sealed class ProtectedOrderFileTests : IDisposable
{
    private readonly TempDirectory _dir = new("protected-order-files");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Read_TaobaoExportWithMaskedReceiver_KeptMaskedAndProtected()
    {
        var path = _dir.File("export.csv");
        await File.WriteAllTextAsync(path,
            "订单编号,订单状态,收货人姓名,收货地址,联系手机,订单创建时间,商家编码,宝贝标题,宝贝总数量\n" +
            "=\"3391028845\",买家已付款，等待卖家发货,陈*平,浙江省 杭州市 西湖区 白虎路*-*,13*******23,2026-11-28 09:12:00,CY-26-RED-50,正红,2\n",
            Encoding.UTF8);
        var connector = new FileOrderConnector(new ShopOptions { Kind = ShopKind.File, Path = path, Name = "taobao-file" });

        var (orders, rejected) = await connector.ReadFileAsync(path, CancellationToken.None);

        Assert.Empty(rejected);
        var order = Assert.Single(orders);
        Assert.True(order.ReceiverProtected);
        Assert.Equal(("陈*平", "13*******23"), (order.Recipient.Name, order.Recipient.Phone));
        Assert.Null(order.Recipient.Oaid);
    }

    [Fact]
    public async Task Read_GenericCsvWithOaidColumn_OaidKept()
    {
        var path = _dir.File("orders.csv");
        await File.WriteAllTextAsync(path,
            "externalId,sku,quantity,name,phone,address,oaid\n3391028845,CY-26-RED-50,2,陈*平,13*******23,白虎路*-*,1AbCdEfG\n",
            Encoding.UTF8);
        var connector = new FileOrderConnector(new ShopOptions { Kind = ShopKind.File, Path = path, Name = "taobao-file" });

        var order = Assert.Single((await connector.ReadFileAsync(path, CancellationToken.None)).Orders);

        Assert.Equal("1AbCdEfG", order.Recipient.Oaid);
        Assert.True(order.ReceiverProtected);
    }

    [Fact]
    public void Write_ProtectedOrder_JsonSaysProtectedWithOaidAndReadsBack()
    {
        var order = TestOrders.Protected("3391028845", "1AbCdEfG");

        var json = OrderJsonWriter.Write(order);

        Assert.Contains("\"name\":\"张*燕\"", json, StringComparison.Ordinal);
        Assert.Contains("\"protected\":true,\"oaid\":\"1AbCdEfG\"", json, StringComparison.Ordinal);
    }
}
