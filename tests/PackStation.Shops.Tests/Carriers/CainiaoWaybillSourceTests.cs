using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.Shops.Carriers.Cainiao;
using PackStation.Shops.Connectors;
using PackStation.Shops.Tests.Fakes;
using PackStation.TestKit.Stores;
using PackStation.TestKit;

namespace PackStation.Shops.Tests.Carriers;

public sealed class CainiaoWaybillSourceTests : IAsyncLifetime
{
    private readonly FakeCainiao _fake = new();
    private StoreFixture _store = null!;
    private readonly Order _order = TestOrders.Make("3391028845", new OrderLine("CY-26-RED-50", "山羊绒线 正红", 2, 52), new OrderLine("CY-26-NAVY-50", "山羊绒线 藏青", 1, 52));
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        await _fake.StartAsync();
        _store = await StoreFixture.CreateAsync(clock: TimeProvider.System);
        _services = await Compose(FakeCainiao.Secret);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _fake.DisposeAsync();
        await _store.DisposeAsync();
    }

    private CainiaoWaybillSource Source => _services.GetRequiredService<CainiaoWaybillSource>();

    private async Task<ServiceProvider> Compose(string secret)
    {
        var services = await ShopsHarness.WithStoreAsync(_store, new()
        {
            ["Carrier:Cainiao:BaseUrl"] = new Uri(_fake.BaseUrl, "/router/rest").ToString(),
            ["Carrier:Cainiao:AppKey"] = FakeCainiao.AppKey,
            ["Carrier:Cainiao:AppSecret"] = secret,
            ["Carrier:Cainiao:SessionKey"] = FakeCainiao.Session,
            ["Carrier:Cainiao:DefaultCpCode"] = "ZTO",
            ["Carrier:Cainiao:TemplateUrl"] = "http://cloudprint.cainiao.com/template/standard/101/123",
            ["Carrier:Cainiao:SenderName"] = "羊绒小铺",
            ["Carrier:Cainiao:SenderMobile"] = "13900000000",
            ["Carrier:Cainiao:SenderProvince"] = "内蒙古自治区",
            ["Carrier:Cainiao:SenderCity"] = "鄂尔多斯市",
            ["Carrier:Cainiao:SenderDistrict"] = "东胜区",
            ["Carrier:Cainiao:SenderAddress"] = "仓储路8号",
        });
        await services.GetRequiredService<IOrderStore>().UpsertOrdersAsync([_order], CancellationToken.None);
        return services;
    }

    [Fact]
    public async Task Allocate_NewParcel_SignedRequestForTheTradeAndRecipientUsesOneNumber()
    {
        var number = await Source.AllocateAsync("ZTO", _order.Id, 1, CancellationToken.None);

        Assert.StartsWith("ZTO", number, StringComparison.Ordinal);
        Assert.Equal(99, _fake.Balance["ZTO"]);
        var request = Assert.Single(_fake.Applications);
        var dto = request["trade_order_info_dtos"]![0]!;
        Assert.Equal("TB", dto["order_info"]!["order_channels_type"]!.GetValue<string>());
        Assert.Equal("3391028845", dto["order_info"]!["trade_order_list"]![0]!.GetValue<string>());
        Assert.Equal("张小燕", dto["recipient"]!["name"]!.GetValue<string>());
        Assert.Equal(156, dto["package_info"]!["weight"]!.GetValue<int>());
        Assert.Equal(2, dto["package_info"]!["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Allocate_SameParcelAgainAfterTheAnswerWasDropped_SameNumberOnlyOneUsed()
    {
        _fake.Inject("/router/rest", new Fault.DropAfter());

        var first = await Source.AllocateAsync("ZTO", _order.Id, 1, CancellationToken.None);
        var again = await Source.AllocateAsync("ZTO", _order.Id, 1, CancellationToken.None);
        var second = await Source.AllocateAsync("ZTO", _order.Id, 2, CancellationToken.None);

        Assert.Equal(0, _fake.PendingFaults);
        Assert.Equal(first, again);
        Assert.NotEqual(first, second);
        Assert.Equal(2, _fake.IssuedCount);
        Assert.Equal(98, _fake.Balance["ZTO"]);
    }

    [Fact]
    public async Task Allocate_NoCarrierOnTheOrder_UsesTheDefaultCpCode()
    {
        var number = await Source.AllocateAsync("", _order.Id, 1, CancellationToken.None);

        Assert.StartsWith("ZTO", number, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allocate_AccountEmpty_TrackingNumbersExhausted()
    {
        _fake.Balance["ZTO"] = 0;

        var e = await Assert.ThrowsAsync<TrackingNumbersExhaustedException>(() => Source.AllocateAsync("ZTO", _order.Id, 1, CancellationToken.None));

        Assert.Contains("top it up", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allocate_CarrierNotSubscribed_RefusedWithCainiaosMessage()
    {
        var e = await Assert.ThrowsAsync<ShopApiException>(() => Source.AllocateAsync("SF", _order.Id, 1, CancellationToken.None));

        Assert.Equal(ShopErrorKind.Permanent, e.Kind);
        Assert.Contains("未订购SF电子面单服务", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allocate_OrderNotInTheStore_RefusedBeforeAnyCall()
    {
        var e = await Assert.ThrowsAsync<ShopApiException>(() => Source.AllocateAsync("ZTO", "TB-NOPE", 1, CancellationToken.None));

        Assert.Contains("not in the store", e.Message, StringComparison.Ordinal);
        Assert.Empty(_fake.Applications);
    }

    [Fact]
    public async Task Allocate_WrongAppSecret_InvalidSignature()
    {
        await using var wrong = await Compose("not-the-secret");

        var e = await Assert.ThrowsAsync<ShopApiException>(() => wrong.GetRequiredService<CainiaoWaybillSource>().AllocateAsync("ZTO", _order.Id, 1, CancellationToken.None));

        Assert.Equal(ShopErrorKind.Permanent, e.Kind);
        Assert.Contains("Invalid Signature", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_IssuedNumber_VoidedBalanceBackRepeatHarmlessParcelGetsANewNumber()
    {
        var number = await Source.AllocateAsync("ZTO", _order.Id, 1, CancellationToken.None);

        await Source.CancelAsync("ZTO", number, CancellationToken.None);
        await Source.CancelAsync("ZTO", number, CancellationToken.None);
        var reissued = await Source.AllocateAsync("ZTO", _order.Id, 1, CancellationToken.None);

        Assert.Contains(number, _fake.Cancelled);
        Assert.NotEqual(number, reissued);
        Assert.Equal(99, _fake.Balance["ZTO"]);
        var unknown = await Assert.ThrowsAsync<ShopApiException>(() => Source.CancelAsync("ZTO", "ZTO00000000", CancellationToken.None));
        Assert.Equal(ShopErrorKind.Permanent, unknown.Kind);
    }
}
