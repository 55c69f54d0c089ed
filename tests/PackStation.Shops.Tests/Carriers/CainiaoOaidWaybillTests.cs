using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.Shops.Carriers.Cainiao;
using PackStation.Shops.Connectors;
using PackStation.Shops.Tests.Fakes;
using PackStation.TestKit;
using PackStation.TestKit.Stores;

namespace PackStation.Shops.Tests.Carriers;

/// <summary>E-waybills for orders as Taobao sends them today: masked receivers with an OAID.</summary>
public sealed class CainiaoOaidWaybillTests : IAsyncLifetime
{
    private readonly FakeCainiao _fake = new();
    private StoreFixture _store = null!;
    private readonly List<FakeTrade> _trades = [];
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        await _fake.StartAsync();
        _store = await StoreFixture.CreateAsync(clock: TimeProvider.System);
        _services = await ShopsHarness.WithStoreAsync(_store, new()
        {
            ["Carrier:Cainiao:BaseUrl"] = new Uri(_fake.BaseUrl, "/router/rest").ToString(),
            ["Carrier:Cainiao:AppKey"] = FakeCainiao.AppKey,
            ["Carrier:Cainiao:AppSecret"] = FakeCainiao.Secret,
            ["Carrier:Cainiao:SessionKey"] = FakeCainiao.Session,
            ["Carrier:Cainiao:DefaultCpCode"] = "ZTO",
            ["Carrier:Cainiao:TemplateUrl"] = "http://cloudprint.cainiao.com/template/standard/101/123",
            ["Carrier:Cainiao:SenderName"] = "羊绒小铺",
            ["Carrier:Cainiao:SenderMobile"] = "13900000000",
            ["Carrier:Cainiao:SenderAddress"] = "仓储路8号",
        });
        var orders = new List<Order>();
        for (var i = 0; i < 23; i++)
        {
            var trade = new FakeTrade { Tid = (5_000_000_000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture), ReceiverName = "陈小平" + i };
            _trades.Add(trade);
            orders.Add(TestOrders.Protected(trade.Tid, trade.Oaid));
        }

        orders.Add(TestOrders.Protected("5999999999", oaid: "") with { Id = "TB-MASKED" });
        await _services.GetRequiredService<IOrderStore>().UpsertOrdersAsync(orders, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _fake.DisposeAsync();
        await _store.DisposeAsync();
    }

    private CainiaoWaybillSource Source => _services.GetRequiredService<CainiaoWaybillSource>();

    private IWaybillPrintDataStore PrintData => _services.GetRequiredService<IWaybillPrintDataStore>();

    private static string Id(FakeTrade t) => "TB-" + t.Tid;

    [Fact]
    public async Task Allocate_ProtectedReceiver_AskedByOaidAndTidNoMaskedTextAndPrintDataStored()
    {
        var number = await Source.AllocateAsync("ZTO", Id(_trades[0]), 1, CancellationToken.None);

        var recipient = Assert.Single(_fake.Applications)["trade_order_info_dtos"]![0]!["recipient"]!.AsObject();
        Assert.Equal(_trades[0].Oaid, recipient["oaid"]!.GetValue<string>());
        Assert.Equal(_trades[0].Tid, recipient["tid"]!.GetValue<string>());
        Assert.False(recipient.ContainsKey("name"));
        Assert.False(recipient.ContainsKey("mobile"));
        Assert.DoesNotContain('*', recipient.ToJsonString());
        var stored = await PrintData.GetWaybillAsync(number, CancellationToken.None);
        Assert.NotNull(stored?.PrintData);
        Assert.Equal((Id(_trades[0]), 1), (stored.OrderId, stored.Parcel));
        Assert.Equal(_fake.EncryptedTexts[0], stored.PrintData.EncryptedData);
        Assert.StartsWith("MD:", stored.PrintData.Signature, StringComparison.Ordinal);
        Assert.Equal("waybill_print_secret_version_1", stored.PrintData.Version);
        Assert.DoesNotContain("AES:", stored.PrintData.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllocateMany_TwentyThreeParcels_ThreeCallsOfAtMostTenSameNumbersWhenAskedAgain()
    {
        var parcels = _trades.Select(t => new ParcelRequest("ZTO", Id(t), 1)).ToList();

        var first = await Source.AllocateManyAsync(parcels, CancellationToken.None);
        var again = await Source.AllocateManyAsync(parcels, CancellationToken.None);

        Assert.All(first, a => Assert.NotNull(a.Number));
        Assert.Equal(23, first.Select(a => a.Number).Distinct().Count());
        Assert.Equal(first.Select(a => a.Number), again.Select(a => a.Number));
        Assert.Equal([10, 10, 3, 10, 10, 3], _fake.Applications.Select(a => a["trade_order_info_dtos"]!.AsArray().Count));
        Assert.Equal(77, _fake.Balance["ZTO"]);
    }

    [Fact]
    public async Task AllocateMany_OneOaidRefused_OnlyThatParcelRefusedWithReasonTheOthersGetNumbers()
    {
        _fake.RefusedOaids.Add(_trades[3].Oaid);
        var parcels = _trades.Take(5).Select(t => new ParcelRequest("ZTO", Id(t), 1)).ToList();

        var result = await Source.AllocateManyAsync(parcels, CancellationToken.None);

        var refused = Assert.Single(result, a => a.Number is null);
        Assert.Equal(Id(_trades[3]), refused.Parcel.OrderId);
        Assert.Equal("isv.oaid-invalid", Assert.IsType<ShopApiException>(refused.Refusal).SubCode);
        Assert.Equal(4, result.Count(a => a.Number is not null));
        Assert.Null(await PrintData.GetWaybillAsync("ZTO00000000", CancellationToken.None));
    }

    [Fact]
    public async Task Allocate_MaskedReceiverWithoutOaid_RefusedBeforeAnyCall()
    {
        var e = await Assert.ThrowsAsync<WaybillRefusedException>(() => Source.AllocateAsync("ZTO", "TB-MASKED", 1, CancellationToken.None));

        Assert.Contains("no OAID", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("张*燕", e.Message, StringComparison.Ordinal);
        Assert.Empty(_fake.Applications);
        Assert.Equal(0, _fake.MaskedRefusals);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"encryptedData\":\"AES:abc\",\"signature\":\"MD:1\",\"ver\":\"waybill_print_secret_version_1\"}")]
    public async Task Allocate_PrintDataMissingOrMalformed_NoNumberReasonWithoutTheData(string printData)
    {
        _fake.BrokenPrintData[_trades[1].Tid] = printData;

        var e = await Assert.ThrowsAsync<WaybillRefusedException>(() => Source.AllocateAsync("ZTO", Id(_trades[1]), 1, CancellationToken.None));

        Assert.Contains("print_data", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AES:", e.Message, StringComparison.Ordinal);
        _fake.BrokenPrintData.Clear();
        var number = await Source.AllocateAsync("ZTO", Id(_trades[1]), 1, CancellationToken.None);
        Assert.NotNull((await PrintData.GetWaybillAsync(number, CancellationToken.None))?.PrintData);
    }
}
