using PackStation.Domain.Catalogue;
using PackStation.Domain.Orders;

namespace PackStation.Domain.Tests.Catalogue;

public sealed class CatalogueTests
{
    private static readonly Domain.Catalogue.Catalogue Subject = new(
    [
        new Product("RED-50", "正红", 52, [new ProductBarcode("6901230000017"), new ProductBarcode("6901230000024", 10)]),
        new Product("UPC", "upc item", 10, [new ProductBarcode("012345678905")]),
    ]);

    [Fact]
    public void TryResolve_PrintedBarcode_GivesSkuAndUnits()
    {
        Assert.True(Subject.TryResolve("6901230000024", null, out var match));
        Assert.Equal(("RED-50", 10), (match.Sku, match.Units));
    }

    [Theory]
    [InlineData("06901230000017", "RED-50")]
    [InlineData("00012345678905", "UPC")]
    public void TryResolve_Gtin14FromGs1_FindsShorterBarcode(string gtin, string sku)
    {
        Assert.True(Subject.TryResolve("(01)" + gtin, gtin, out var match));
        Assert.Equal(sku, match.Sku);
    }

    [Fact]
    public void TryResolve_Unknown_IsFalse()
    {
        Assert.False(Subject.TryResolve("999", "00000000000999", out _));
    }

    [Fact]
    public void WithUnitWeights_LinesWithoutWeight_TakeTheCatalogueWeightOwnWeightKept()
    {
        var order = new Order
        {
            Id = "TB-1", Shop = "taobao", ExternalId = "1", CreatedAt = DateTimeOffset.UnixEpoch,
            Recipient = new Recipient("张小燕", "13812345678", "浙江省杭州市西湖区文三路90号"),
            Lines = [new OrderLine("RED-50", "正红", 2), new OrderLine("UPC", "upc item", 1, 12), new OrderLine("NOT-KNOWN", "?", 1)],
        };

        var weighed = Subject.WithUnitWeights(order);

        Assert.Equal([52, 12, null], weighed.Lines.Select(l => l.UnitGrams));
        Assert.Equal(order with { Lines = weighed.Lines }, weighed);
    }
}
