using PackStation.Domain.Orders;
using PackStation.Domain.Shipping;
using PackStation.Shops.Connectors;
using PackStation.Shops.Tests.Fakes;

namespace PackStation.Shops.Tests.WooCommerce;

public sealed class WooCommerceConnectorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 1, 0, 0, TimeSpan.Zero);
    private readonly FakeWooCommerce _fake = new();

    public Task InitializeAsync() => _fake.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private Microsoft.Extensions.DependencyInjection.ServiceProvider Services(bool queryStringAuth = false) => ShopsHarness.Build(new()
    {
        ["Shop:Kind"] = "WooCommerce",
        ["Shop:BaseUrl"] = _fake.BaseUrl.ToString(),
        ["Shop:ConsumerKey"] = FakeWooCommerce.Key,
        ["Shop:ConsumerSecret"] = FakeWooCommerce.Secret,
        ["Shop:QueryStringAuth"] = queryStringAuth ? "true" : "false",
        ["Shop:DefaultCarrier"] = "DHL",
    });

    private static ShipmentConfirmation Confirmation(string id) => new()
    {
        OrderId = "WC-" + id, Shop = "woocommerce", ExternalId = id, Carrier = "DHL", TrackingNumbers = ["JJD000390007"], PackedAt = T0,
    };

    [Fact]
    public async Task PullOrders_250Processing_ThreePagesOfAtMost100ByTotalPages()
    {
        for (var i = 0; i < 250; i++)
            _fake.Add(1 + i, "processing", T0.AddSeconds(i));
        _fake.Add(900, "pending", T0);
        _fake.Add(901, "cancelled", T0);
        await using var services = Services();

        var pages = await services.Connector().PullAllAsync(T0.AddMinutes(-10));

        Assert.Equal(3, pages.Count);
        var orders = pages.SelectMany(p => p.Orders).ToList();
        Assert.Equal(251, orders.Count);
        Assert.Equal(OrderStatus.Cancelled, orders.Single(o => o.ExternalId == "901").Status);
        Assert.Contains(_fake.Paths, p => p.Contains("modified_after=2026-11-28T00%3A50%3A00", StringComparison.Ordinal) && p.Contains("per_page=100", StringComparison.Ordinal));
        var first = orders.Single(o => o.ExternalId == "1");
        Assert.Equal("WC-1", first.Id);
        Assert.Equal("Anna Berg", first.Recipient.Name);
        Assert.Equal("+49 30 1234", first.Recipient.Phone);
        Assert.Equal("DE", first.Recipient.Country);
        Assert.Equal(T0, first.ShopUpdatedAt);
        Assert.Equal(T0.AddSeconds(249), pages[^1].SafeCursor);
    }

    [Fact]
    public async Task PullOrders_ServerDropsAuthorizationHeader_BasicFailsQueryStringWorks()
    {
        _fake.DropsAuthorizationHeader = true;
        _fake.Add(1, "processing", T0);
        await using var basic = Services();
        await using var query = Services(queryStringAuth: true);

        var refused = await Assert.ThrowsAsync<ShopApiException>(() => basic.Connector().PullAllAsync(null));
        var pages = await query.Connector().PullAllAsync(null);

        Assert.Equal(ShopErrorKind.Permanent, refused.Kind);
        Assert.Contains("Sorry, you cannot list resources", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeWooCommerce.Secret, refused.Message, StringComparison.Ordinal);
        Assert.Single(pages.SelectMany(p => p.Orders));
    }

    [Fact]
    public async Task ConfirmShipment_Twice_OneNoteWithTrackingAndCompleted()
    {
        _fake.Add(7, "processing", T0);
        await using var services = Services();
        var connector = services.Connector();

        await connector.ConfirmShipmentAsync(Confirmation("7"), CancellationToken.None);
        await connector.ConfirmShipmentAsync(Confirmation("7"), CancellationToken.None);

        Assert.Equal("completed", _fake.Status(7));
        var note = Assert.Single(_fake.Notes(7));
        Assert.Contains("JJD000390007", note, StringComparison.Ordinal);
        Assert.True((await connector.GetShipmentAsync("7", CancellationToken.None)).HasAll(["JJD000390007"]));
        Assert.Equal(RemoteShipmentState.NotFound, (await connector.GetShipmentAsync("404", CancellationToken.None)).State);
    }

    [Fact]
    public async Task ConfirmShipment_WithShipmentTrackingExtension_OneTrackingItem()
    {
        _fake.HasShipmentTracking = true;
        _fake.Add(8, "processing", T0);
        await using var services = Services();
        var connector = services.Connector();

        await connector.ConfirmShipmentAsync(Confirmation("8"), CancellationToken.None);
        await connector.ConfirmShipmentAsync(Confirmation("8"), CancellationToken.None);

        Assert.Equal(["JJD000390007"], _fake.Trackings(8));
    }

    [Fact]
    public async Task PullOrders_ListIsNotAList_StopsWithClearMessage()
    {
        _fake.Inject("/orders", new Fault.Answer(200, "{\"code\":\"internal\"}"));
        await using var services = Services();

        var error = await Assert.ThrowsAsync<ShopApiException>(() => services.Connector().PullAllAsync(null));

        Assert.Equal(ShopErrorKind.BadResponse, error.Kind);
        Assert.Contains("where a list was expected", error.Message, StringComparison.Ordinal);
    }
}
