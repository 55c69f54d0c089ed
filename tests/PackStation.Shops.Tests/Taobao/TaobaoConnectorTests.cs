using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PackStation.Domain.Orders;
using PackStation.Domain.Shipping;
using PackStation.Shops.Connectors;
using PackStation.Shops.Taobao;
using PackStation.Shops.Tests.Fakes;

namespace PackStation.Shops.Tests.Taobao;

public sealed class TaobaoConnectorTests : IAsyncLifetime
{
    private readonly FakeTop _fake = new();
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;

    public Task InitializeAsync() => _fake.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private FakeTrade Trade(long tid, TimeSpan ago, string status = "WAIT_SELLER_SEND_GOODS", string refund = "NO_REFUND") =>
        _fake.Add(new FakeTrade
        {
            Tid = tid.ToString(System.Globalization.CultureInfo.InvariantCulture), Status = status,
            Created = _now - ago - TimeSpan.FromHours(1), Modified = _now - ago, PayTime = status == "WAIT_BUYER_PAY" ? null : _now - ago,
            Orders = [new FakeSubOrder("CY-26-RED-50", "内蒙古山羊绒线 50g 正红", 2, refund)],
        });

    [Theory]
    [InlineData("md5")]
    [InlineData("hmac")]
    [InlineData("hmac-sha256")]
    public async Task PullOrders_OverTwoHours_ThirtyMinuteWindowsAndOnlyTradesToShip(string signMethod)
    {
        Trade(3391028845, TimeSpan.FromMinutes(100));
        Trade(3391028846, TimeSpan.FromMinutes(50));
        Trade(3391028847, TimeSpan.FromMinutes(20), "WAIT_BUYER_PAY");
        Trade(3391028848, TimeSpan.FromMinutes(10), "WAIT_BUYER_CONFIRM_GOODS");
        await using var services = ShopsHarness.Taobao(_fake, signMethod);

        var pages = await services.Connector().PullAllAsync(_now - TimeSpan.FromHours(2));

        var orders = pages.SelectMany(p => p.Orders).ToList();
        Assert.Equal(["3391028845", "3391028846"], orders.Select(o => o.ExternalId).Order());
        var first = orders.Single(o => o.ExternalId == "3391028845");
        Assert.Equal("TB-3391028845", first.Id);
        Assert.Equal(OrderStatus.Ready, first.Status);
        // As Taobao sends it to a self-hosted app: masked, kept masked, with the OAID and the protected flag.
        Assert.Equal("张*燕", first.Recipient.Name);
        Assert.Equal("13*******78", first.Recipient.Phone);
        Assert.Equal("文三路*-*", first.Recipient.Address);
        Assert.Equal(_fake.Get("3391028845").Oaid, first.Recipient.Oaid);
        Assert.True(first.ReceiverProtected);
        Assert.Equal("西湖区", first.Recipient.District);
        Assert.Equal(TimeSpan.FromHours(8), first.CreatedAt.Offset);
        Assert.Equal(first.ShopUpdatedAt!.Value + TaobaoTradeMapper.ShipWithin, first.ShipBy);
        Assert.Equal(new OrderLine("CY-26-RED-50", "内蒙古山羊绒线 50g 正红", 2), Assert.Single(first.Lines));
        Assert.True(_fake.Windows.Count >= 4);
        Assert.All(_fake.Windows, w => Assert.True(TopTime.Parse(w.End) - TopTime.Parse(w.Start) <= TimeSpan.FromMinutes(30)));
        Assert.NotNull(pages[^1].SafeCursor);
    }

    [Fact]
    public async Task PullOrders_TradeTheAppMaySeeInTheClear_PlainReceiverNotProtected()
    {
        _fake.Add(new FakeTrade
        {
            Tid = "3391028850", Created = _now - TimeSpan.FromHours(1), Modified = _now - TimeSpan.FromMinutes(5),
            PayTime = _now - TimeSpan.FromMinutes(5), Protected = false,
        });
        await using var services = ShopsHarness.Taobao(_fake);

        var order = Assert.Single((await services.Connector().PullAllAsync(_now - TimeSpan.FromHours(1))).SelectMany(p => p.Orders));

        Assert.Equal("张小燕", order.Recipient.Name);
        Assert.Null(order.Recipient.Oaid);
        Assert.False(order.ReceiverProtected);
    }

    [Fact]
    public async Task PullOrders_ClosedAndRefunding_ComeAsCancelledWithReason()
    {
        Trade(1001, TimeSpan.FromMinutes(5), "TRADE_CLOSED");
        Trade(1002, TimeSpan.FromMinutes(5), refund: "WAIT_SELLER_AGREE");
        Trade(1003, TimeSpan.FromMinutes(5), "TRADE_CLOSED_BY_TAOBAO").PayTime = null;
        await using var services = ShopsHarness.Taobao(_fake);

        var orders = (await services.Connector().PullAllAsync(_now - TimeSpan.FromMinutes(20))).SelectMany(p => p.Orders).ToList();

        Assert.Equal(["1001", "1002"], orders.Select(o => o.ExternalId).Order());
        Assert.All(orders, o => Assert.Equal(OrderStatus.Cancelled, o.Status));
        Assert.Contains("WAIT_SELLER_AGREE", orders.Single(o => o.ExternalId == "1002").HoldReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PullOrders_250TradesInOneWindow_PagedBackwardsEachOnce()
    {
        for (var i = 0; i < 250; i++)
            Trade(5000 + i, TimeSpan.FromSeconds(30 + i));
        await using var services = ShopsHarness.Taobao(_fake);

        var pages = await services.Connector().PullAllAsync(_now - TimeSpan.FromMinutes(25));

        var ids = pages.SelectMany(p => p.Orders).Select(o => o.ExternalId).ToList();
        Assert.Equal(250, ids.Count);
        Assert.Equal(250, ids.Distinct().Count());
        Assert.Equal(3, pages.Count);
        Assert.Equal(3, pages.Count(p => p.Orders.Count > 0));
        Assert.Equal(50, pages[0].Orders.Count);
    }

    [Fact]
    public async Task PullOrders_BrokenTrade_RefusedOthersKept()
    {
        Trade(2001, TimeSpan.FromMinutes(5));
        Trade(2002, TimeSpan.FromMinutes(6)).RawJson = """{"tid":2002,"status":"WAIT_SELLER_SEND_GOODS","created":"2026-11-28 09:00:00","modified":"2026-11-28 09:00:00","orders":{"order":[{"outer_sku_id":"A","num":"two"}]}}""";
        Trade(2003, TimeSpan.FromMinutes(7)).RawJson = """{"tid":2003,"status":"WAIT_SELLER_SEND_GOODS","modified":"yesterday"}""";
        await using var services = ShopsHarness.Taobao(_fake);

        var pages = await services.Connector().PullAllAsync(_now - TimeSpan.FromMinutes(20));

        Assert.Equal("2001", Assert.Single(pages.SelectMany(p => p.Orders)).ExternalId);
        var rejected = pages.SelectMany(p => p.Rejected).OrderBy(r => r.ExternalId).ToList();
        Assert.Equal(2, rejected.Count);
        Assert.Contains("num", rejected[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PullOrders_BanOfTwoSeconds_WaitedOutAndEveryTradeArrives()
    {
        Trade(3001, TimeSpan.FromMinutes(5));
        _fake.LimitCalls(2, seconds: 2);
        await using var services = ShopsHarness.Taobao(_fake);
        var started = DateTimeOffset.UtcNow;

        var pages = await services.Connector().PullAllAsync(_now - TimeSpan.FromMinutes(20));

        Assert.Equal("3001", Assert.Single(pages.SelectMany(p => p.Orders)).ExternalId);
        Assert.Equal(2, _fake.BannedCalls);
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromSeconds(4), "each ban was waited out for its seconds");
    }

    [Fact]
    public async Task PullOrders_BanLongerThanMaxCallBanWait_TransientWithTheTimeToWait()
    {
        Trade(3001, TimeSpan.FromMinutes(5));
        _fake.LimitCalls(1, seconds: 600);
        await using var services = ShopsHarness.Build(
            new(ShopsHarness.TaobaoSettings(_fake)) { ["Shop:MaxCallBanWait"] = "00:00:30" });

        var error = await Assert.ThrowsAsync<ShopApiException>(() => services.Connector().PullAllAsync(_now - TimeSpan.FromMinutes(20)));

        Assert.Equal(ShopErrorKind.Transient, error.Kind);
        Assert.Equal("accesscontrol.limited-by-app-access-count", error.SubCode);
        Assert.Equal(TimeSpan.FromSeconds(600), error.RetryAfter);
        Assert.Contains("App Call Limited", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _fake.BannedCalls);
    }

    [Fact]
    public async Task PullOrders_ClockAnHourOff_PermanentInvalidTimestamp()
    {
        await using var services = ShopsHarness.Taobao(_fake, extra: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(_now.AddHours(1))));

        var error = await Assert.ThrowsAsync<ShopApiException>(() => services.Connector().PullAllAsync(_now.AddMinutes(50)));

        Assert.Equal(ShopErrorKind.Permanent, error.Kind);
        Assert.Contains("Invalid Timestamp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfirmShipment_Twice_SecondRefusedAndShopShowsTheWaybill()
    {
        Trade(4001, TimeSpan.FromMinutes(5));
        await using var services = ShopsHarness.Taobao(_fake);
        var connector = services.Connector();
        var confirmation = new ShipmentConfirmation
        {
            OrderId = "TB-4001", Shop = "taobao", ExternalId = "4001", Carrier = "ZTO", TrackingNumbers = ["75312345678901"], PackedAt = _now,
        };

        Assert.Equal(RemoteShipmentState.NotShipped, (await connector.GetShipmentAsync("4001", CancellationToken.None)).State);
        await connector.ConfirmShipmentAsync(confirmation, CancellationToken.None);
        var second = await Assert.ThrowsAsync<ShopApiException>(() => connector.ConfirmShipmentAsync(confirmation, CancellationToken.None));

        Assert.Equal(ShopErrorKind.Permanent, second.Kind);
        Assert.Contains("isv.logistics-offline-service-error", second.Message, StringComparison.Ordinal);
        Assert.Equal("WAIT_BUYER_CONFIRM_GOODS", _fake.Get("4001").Status);
        Assert.Equal("ZTO", _fake.Get("4001").CompanyCode);
        Assert.True((await connector.GetShipmentAsync("4001", CancellationToken.None)).HasAll(["75312345678901"]));
        Assert.Equal(RemoteShipmentState.NotFound, (await connector.GetShipmentAsync("999", CancellationToken.None)).State);
    }

    [Fact]
    public async Task PullCatalogue_ItemsOnSale_SkuBarcodeAndGramsFromKilograms()
    {
        _fake.Items.Add(("CY-26-RED-50", "内蒙古山羊绒线 50g 正红", "6901234567892", 0.052));
        _fake.Items.Add(("", "no outer id", null, 0.1));
        await using var services = ShopsHarness.Taobao(_fake);

        var products = new List<Domain.Catalogue.Product>();
        await foreach (var page in services.Connector().PullCatalogueAsync(CancellationToken.None))
            products.AddRange(page);

        var product = Assert.Single(products);
        Assert.Equal("CY-26-RED-50", product.Sku);
        Assert.Equal(52, product.UnitGrams);
        Assert.Equal("6901234567892", Assert.Single(product.Barcodes).Code);
    }
}
