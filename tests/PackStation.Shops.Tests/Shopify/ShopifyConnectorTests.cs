using PackStation.Domain.Orders;
using PackStation.Domain.Shipping;
using PackStation.Shops.Connectors;
using PackStation.Shops.Tests.Fakes;

namespace PackStation.Shops.Tests.Shopify;

public sealed class ShopifyConnectorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 1, 0, 0, TimeSpan.Zero);
    private readonly FakeShopify _fake = new() { LeakPerSecond = 50 };

    public Task InitializeAsync() => _fake.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private void AddOrders(int count, long firstId = 1000)
    {
        for (var i = 0; i < count; i++)
            _fake.Add(new FakeShopifyOrder { Id = firstId + i, CreatedAt = T0, UpdatedAt = T0.AddSeconds(i) });
    }

    [Fact]
    public async Task PullOrders_ThreePages_FollowsLinkHeaderAndReturnsEachOrderOnce()
    {
        AddOrders(600);
        await using var services = ShopsHarness.Shopify(_fake, requestsPerSecond: 50);

        var pages = await services.Connector().PullAllAsync(T0.AddMinutes(-5));

        Assert.Equal(3, pages.Count);
        var ids = pages.SelectMany(p => p.Orders).Select(o => o.ExternalId).ToList();
        Assert.Equal(600, ids.Distinct().Count());
        Assert.Equal(600, ids.Count);
        Assert.Null(pages[0].SafeCursor);
        Assert.Equal(T0.AddSeconds(599), pages[^1].SafeCursor);
        Assert.Contains(_fake.Paths, p => p.Contains("status=any", StringComparison.Ordinal) && p.Contains("limit=250", StringComparison.Ordinal) && p.Contains("updated_at_min=2026-11-28T00%3A55%3A00Z", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PullOrders_PaidOrder_MapsRecipientLinesAndGrams()
    {
        AddOrders(1);
        await using var services = ShopsHarness.Shopify(_fake);

        var order = Assert.Single((await services.Connector().PullAllAsync(null)).SelectMany(p => p.Orders));

        Assert.Equal("SH-1000", order.Id);
        Assert.Equal("1000", order.ExternalId);
        Assert.Equal(OrderStatus.Ready, order.Status);
        Assert.Equal("Jane Doe", order.Recipient.Name);
        Assert.Equal("1 Main Street, Apt 2", order.Recipient.Address);
        Assert.Equal("97477", order.Recipient.PostalCode);
        Assert.Equal(new OrderLine("CY-26-RED-50", "Cashmere yarn 50g red", 2, 52), Assert.Single(order.Lines));
        Assert.Equal(T0, order.ShopUpdatedAt);
    }

    [Fact]
    public async Task PullOrders_CancelledAndRefunded_ComeAsCancelledWithReason()
    {
        _fake.Add(new FakeShopifyOrder { Id = 1, CreatedAt = T0, UpdatedAt = T0, CancelledAt = T0 });
        _fake.Add(new FakeShopifyOrder { Id = 2, CreatedAt = T0, UpdatedAt = T0, FinancialStatus = "refunded" });
        _fake.Add(new FakeShopifyOrder { Id = 3, CreatedAt = T0, UpdatedAt = T0, FinancialStatus = "pending" });
        await using var services = ShopsHarness.Shopify(_fake);

        var orders = (await services.Connector().PullAllAsync(T0.AddHours(-1))).SelectMany(p => p.Orders).ToList();

        Assert.Equal(["1", "2"], orders.Select(o => o.ExternalId).Order());
        Assert.All(orders, o => Assert.Equal(OrderStatus.Cancelled, o.Status));
        Assert.Contains("cancelled", orders.Single(o => o.ExternalId == "1").HoldReason, StringComparison.Ordinal);
        Assert.Contains("refunded", orders.Single(o => o.ExternalId == "2").HoldReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\":5,\"created_at\":\"2026-11-28T01:00:00Z\",\"financial_status\":\"paid\",\"line_items\":[]}", "updated_at")]
    [InlineData("{\"id\":5,\"updated_at\":\"2026-11-28T01:00:00Z\",\"created_at\":\"2026-11-28T01:00:00Z\",\"financial_status\":\"paid\",\"line_items\":{\"sku\":1}}", "line_items")]
    [InlineData("{\"id\":5,\"updated_at\":\"2026-11-28T01:00:00Z\",\"created_at\":\"2026-11-28T01:00:00Z\",\"financial_status\":\"paid\",\"shipping_address\":{},\"line_items\":[{\"sku\":\"A\",\"quantity\":\"two\"}]}", "quantity")]
    [InlineData("{\"id\":\"x5\",\"updated_at\":\"2026-11-28T01:00:00Z\"}", "id")]
    [InlineData("[1,2]", "id")]
    public async Task PullOrders_BrokenOrder_RefusedWithReasonOthersKept(string raw, string named)
    {
        AddOrders(2);
        _fake.Add(new FakeShopifyOrder { Id = 5, CreatedAt = T0, UpdatedAt = T0.AddSeconds(5), RawJson = raw });
        await using var services = ShopsHarness.Shopify(_fake);

        var pages = await services.Connector().PullAllAsync(T0.AddHours(-1));

        Assert.Equal(2, pages.SelectMany(p => p.Orders).Count());
        var rejected = Assert.Single(pages.SelectMany(p => p.Rejected));
        Assert.Contains(named, rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PullOrders_TransientHtmlAnd429Storm_RetriedUntilTheAnswerComes()
    {
        AddOrders(3);
        _fake.Inject("orders.json", Fault.Html(502), 2);
        _fake.Inject("orders.json", new Fault.Answer(429, "{\"errors\":\"Exceeded\"}", RetryAfterSeconds: 0.05), 3);
        await using var services = ShopsHarness.Shopify(_fake);

        var pages = await services.Connector().PullAllAsync(T0.AddHours(-1));

        Assert.Equal(3, pages.SelectMany(p => p.Orders).Count());
        Assert.Equal(0, _fake.PendingFaults);
    }

    [Fact]
    public async Task PullOrders_HtmlWith200_StopsWithClearMessage()
    {
        AddOrders(3);
        _fake.Inject("orders.json", new Fault.Answer(200, "<html><body>Please log in</body></html>", "text/html"));
        await using var services = ShopsHarness.Shopify(_fake);

        var error = await Assert.ThrowsAsync<ShopApiException>(() => services.Connector().PullAllAsync(T0.AddHours(-1)));

        Assert.Equal(ShopErrorKind.BadResponse, error.Kind);
        Assert.Contains("expected JSON, got text/html: Please log in", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PullOrders_MalformedJsonPage_StopsWithClearMessage()
    {
        AddOrders(3);
        _fake.Inject("orders.json", new Fault.Answer(200, "{\"orders\":[{\"id\":1,"));
        await using var services = ShopsHarness.Shopify(_fake);

        var error = await Assert.ThrowsAsync<ShopApiException>(() => services.Connector().PullAllAsync(T0.AddHours(-1)));

        Assert.Equal(ShopErrorKind.BadResponse, error.Kind);
    }

    [Fact]
    public async Task PullOrders_WrongToken_PermanentWithShopsMessage()
    {
        await using var services = ShopsHarness.Build(new()
        {
            ["Shop:Kind"] = "Shopify", ["Shop:BaseUrl"] = _fake.BaseUrl.ToString(), ["Shop:AccessToken"] = "wrong", ["Shop:ApiVersion"] = FakeShopify.Version,
        });

        var error = await Assert.ThrowsAsync<ShopApiException>(() => services.Connector().PullAllAsync(null));

        Assert.Equal(ShopErrorKind.Permanent, error.Kind);
        Assert.Contains("Invalid API key or access token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calls_BeyondTheBucket_ArePacedWithoutA429()
    {
        _fake.Capacity = 8;
        _fake.LeakPerSecond = 40;
        AddOrders(1);
        await using var services = ShopsHarness.Shopify(_fake, requestsPerSecond: 40);
        var connector = services.Connector();

        for (var i = 0; i < 40; i++)
            await connector.GetShipmentAsync("1000", CancellationToken.None);

        Assert.Equal(0, _fake.Throttled);
    }

    [Fact]
    public async Task ConfirmShipment_Twice_SecondIsRefusedByTheShop()
    {
        AddOrders(1);
        await using var services = ShopsHarness.Shopify(_fake);
        var connector = services.Connector();
        var confirmation = new ShipmentConfirmation
        {
            OrderId = "SH-1000", Shop = "shopify", ExternalId = "1000", Carrier = "UPS", TrackingNumbers = ["1Z999"], PackedAt = T0,
        };

        await connector.ConfirmShipmentAsync(confirmation, CancellationToken.None);
        var second = await Assert.ThrowsAsync<ShopApiException>(() => connector.ConfirmShipmentAsync(confirmation, CancellationToken.None));

        Assert.Equal(ShopErrorKind.Permanent, second.Kind);
        Assert.Equal(1, _fake.Get(1000).Fulfillments);
        var remote = await connector.GetShipmentAsync("1000", CancellationToken.None);
        Assert.True(remote.HasAll(["1Z999"]));
    }

    [Fact]
    public async Task GetShipment_UnknownOrder_NotFound()
    {
        await using var services = ShopsHarness.Shopify(_fake);

        var remote = await services.Connector().GetShipmentAsync("424242", CancellationToken.None);

        Assert.Equal(RemoteShipmentState.NotFound, remote.State);
    }

    [Fact]
    public async Task PullCatalogue_Variants_GiveSkuBarcodeAndGrams()
    {
        _fake.Products.Add(System.Text.Json.Nodes.JsonNode.Parse("""
            {"id":1,"title":"Cashmere yarn","variants":[
              {"id":11,"title":"Red","sku":"CY-RED","barcode":"6901234567892","grams":52},
              {"id":12,"title":"Blue","sku":"","barcode":"6901234567809","grams":52},
              {"id":13,"title":"Grey","sku":"CY-GREY","barcode":null,"grams":0}]}
            """)!.AsObject());
        await using var services = ShopsHarness.Shopify(_fake);

        var products = new List<Domain.Catalogue.Product>();
        await foreach (var page in services.Connector().PullCatalogueAsync(CancellationToken.None))
            products.AddRange(page);

        Assert.Equal(2, products.Count);
        var red = products.Single(p => p.Sku == "CY-RED");
        Assert.Equal("Cashmere yarn Red", red.Title);
        Assert.Equal(52, red.UnitGrams);
        Assert.Equal("6901234567892", Assert.Single(red.Barcodes).Code);
        Assert.Empty(products.Single(p => p.Sku == "CY-GREY").Barcodes);
        Assert.Null(products.Single(p => p.Sku == "CY-GREY").UnitGrams);
    }
}
