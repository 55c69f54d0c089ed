using PackStation.Domain.Shipping;
using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Contract;

public sealed class WaybillPrintDataStoreContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task SaveWaybillAsync_SameNumberAgain_TheOtherProcessReadsTheFreshPrintData(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var first = new PlatformWaybill("O1", 1, "ZT100", new PlatformPrintData("enc-1", "sig-1", "https://t/1", "v1"));
        var again = new PlatformWaybill("O1", 2, "ZT100", new PlatformPrintData("enc-2", "sig-2", "https://t/2", "v2"));

        await fixture.WaybillPrintData.SaveWaybillAsync(first, fixture.Now, None);
        await fixture.WaybillPrintData.SaveWaybillAsync(again, fixture.Now.AddMinutes(1), None);

        var other = fixture.Open();
        Assert.Equal(again, await other.WaybillPrintData.GetWaybillAsync("ZT100", None));
        Assert.Null(await other.WaybillPrintData.GetWaybillAsync("ZT999", None));
    }
}
