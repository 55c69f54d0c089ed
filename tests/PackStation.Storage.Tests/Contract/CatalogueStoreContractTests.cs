using PackStation.Domain.Catalogue;
using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Contract;

public sealed class CatalogueStoreContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task UpsertProductsAsync_AgainWithChanges_TheCatalogueHasTheNewTitleWeightAndBarcodes(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        await fixture.Catalogue.UpsertProductsAsync([new Product("CY-26-RED-50", "正红 50g", 52, [new ProductBarcode("6901230000017")])], None);

        await fixture.Catalogue.UpsertProductsAsync([new Product("CY-26-RED-50", "内蒙古山羊绒线 正红", 53,
            [new ProductBarcode("6901230000017"), new ProductBarcode("16901230000014", 10)])], None);
        var catalogue = await fixture.Catalogue.LoadCatalogueAsync(None);

        var product = catalogue.FindProduct("CY-26-RED-50")!;
        Assert.Equal(("内蒙古山羊绒线 正红", 53), (product.Title, product.UnitGrams));
        Assert.True(catalogue.TryResolve("16901230000014", null, out var pack));
        Assert.Equal(("CY-26-RED-50", 10), (pack.Sku, pack.Units));
        Assert.Equal(1, catalogue.Count);
    }
}
