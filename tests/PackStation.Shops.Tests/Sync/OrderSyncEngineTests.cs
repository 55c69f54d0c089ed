using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.Shops.Sync;
using PackStation.Shops.Tests.Fakes;
using PackStation.TestKit.Stores;

namespace PackStation.Shops.Tests.Sync;

public sealed class OrderSyncEngineTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(DateTimeOffset.UtcNow.AddHours(-3).UtcTicks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);
    private readonly FakeShopify _fake = new() { LeakPerSecond = 100, Capacity = 100 };
    private StoreFixture _store = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        await _fake.StartAsync();
        _store = await StoreFixture.CreateAsync(clock: TimeProvider.System);
        _services = await ShopsHarness.WithStoreAsync(_store, ShopsHarness.ShopifySettings(_fake, 100));
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _fake.DisposeAsync();
        await _store.DisposeAsync();
    }

    private OrderSyncEngine Engine => _services.GetRequiredService<OrderSyncEngine>();

    private IOrderStore Orders => _services.GetRequiredService<IOrderStore>();

    private void AddOrders(int count, long firstId = 1000)
    {
        for (var i = 0; i < count; i++)
            _fake.Add(new FakeShopifyOrder { Id = firstId + i, CreatedAt = T0, UpdatedAt = T0.AddSeconds(i) });
    }

    private async Task<List<Order>> AllAsync() => [.. await Orders.ListOrdersAsync(null, 100_000, CancellationToken.None)];

    [Fact]
    public async Task RunOnce_TwiceWithChangesAndCancellationsBetween_EveryOrderOnceNewestCopyWins()
    {
        AddOrders(600);
        var first = await Engine.RunOnceAsync(null, everything: true, CancellationToken.None);
        for (var i = 0; i < 10; i++)
            _fake.Change(1000 + i, o => o.Lines[0] = ("CY-26-BLUE-50", "Cashmere yarn 50g blue", 3, 52), DateTimeOffset.UtcNow);
        for (var i = 10; i < 15; i++)
            _fake.Change(1000 + i, o => o.CancelledAt = DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);

        var second = await Engine.RunOnceAsync(null, everything: false, CancellationToken.None);

        Assert.True(first.Succeeded, first.Error);
        Assert.Equal(600, first.Upserted.Inserted);
        Assert.True(second.Succeeded, second.Error);
        Assert.Equal(0, second.Upserted.Inserted);
        Assert.Equal(15, second.Upserted.Updated);
        var all = await AllAsync();
        Assert.Equal(600, all.Count);
        Assert.Equal(600, all.Select(o => o.ExternalId).Distinct().Count());
        Assert.Equal(5, all.Count(o => o.Status == OrderStatus.Cancelled));
        Assert.Equal(3, all.Single(o => o.ExternalId == "1003").Lines[0].Quantity);
    }

    [Fact]
    public async Task RunOnce_SecondRun_StartsAtCursorMinusOverlap()
    {
        AddOrders(3);
        var summary = await Engine.RunOnceAsync(null, everything: false, CancellationToken.None);
        _fake.Paths.Clear();

        await Engine.RunOnceAsync(null, everything: false, CancellationToken.None);

        Assert.Equal(T0.AddSeconds(2), summary.Cursor);
        var since = T0.AddSeconds(2).AddMinutes(-10).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(_fake.Paths, p => p.Contains("updated_at_min=" + Uri.EscapeDataString(since), StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunOnce_CancelledWhileAtAStation_OrderHeldWithReason()
    {
        AddOrders(2);
        await Engine.RunOnceAsync(null, everything: false, CancellationToken.None);
        var claim = await _services.GetRequiredService<IClaimStore>().ClaimAsync("SH-1000", "S01", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5), CancellationToken.None);
        Assert.NotNull(claim.Claim);
        _fake.Change(1000, o => o.CancelledAt = DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
        _fake.Change(1001, o => o.FinancialStatus = "refunded", DateTimeOffset.UtcNow);

        var summary = await Engine.RunOnceAsync(null, everything: false, CancellationToken.None);

        Assert.Equal(1, summary.Upserted.Held);
        var held = await Orders.GetOrderAsync("SH-1000", CancellationToken.None);
        Assert.Equal(OrderStatus.Hold, held!.Status);
        Assert.Contains("cancelled", held.HoldReason, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Cancelled, (await Orders.GetOrderAsync("SH-1001", CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task RunOnce_ShopBreaksOnSecondPage_StopsWithMessageKeepsFirstPageAndCursor()
    {
        AddOrders(600);
        _fake.Inject("orders.json", new Fault.Answer(200, "<html><body>Service temporarily unavailable</body></html>", "text/html"), skip: 1);

        var broken = await Engine.RunOnceAsync(null, everything: false, CancellationToken.None);

        Assert.False(broken.Succeeded);
        Assert.Contains("expected JSON, got text/html", broken.Error, StringComparison.Ordinal);
        Assert.Equal(250, (await AllAsync()).Count);
        Assert.Null(broken.Cursor);

        var again = await Engine.RunOnceAsync(null, everything: false, CancellationToken.None);

        Assert.True(again.Succeeded, again.Error);
        Assert.Equal(600, (await AllAsync()).Count);
        Assert.Equal(350, again.Upserted.Inserted);
    }

    [Fact]
    public async Task RunOnce_OrderTheStoreWouldRefuse_ReportedOthersStored()
    {
        AddOrders(3);
        _fake.Add(new FakeShopifyOrder { Id = 7, CreatedAt = T0, UpdatedAt = T0, Lines = [("A", "Zero", 0, 1)] });

        var summary = await Engine.RunOnceAsync(null, everything: false, CancellationToken.None);

        Assert.True(summary.Succeeded, summary.Error);
        Assert.Equal(3, summary.Upserted.Inserted);
        Assert.Contains(summary.Rejected, r => r.ExternalId == "7");
    }

    [Fact]
    public async Task RunOnce_AnotherSyncHoldsTheLease_RefusedWithClearMessage()
    {
        AddOrders(1);
        await using var held = await _services.GetRequiredService<ISyncLease>().TryAcquireAsync("shopify", CancellationToken.None);
        Assert.NotNull(held);

        var summary = await Engine.RunOnceAsync(null, everything: false, CancellationToken.None);

        Assert.Contains("another sync of shopify is running", summary.Error, StringComparison.Ordinal);
        Assert.Empty(await AllAsync());
    }

    [Fact]
    public async Task RunOnce_Reconciliation_CatchesACancellationTheCursorMissed()
    {
        AddOrders(2);
        _fake.Add(new FakeShopifyOrder { Id = 1002, CreatedAt = T0, UpdatedAt = T0.AddHours(1) });
        await Engine.RunOnceAsync(null, everything: true, CancellationToken.None);
        // The shop dates the change long before our cursor (a late or reordered update): the incremental pull cannot see it.
        _fake.Change(1001, o => o.CancelledAt = T0, T0.AddSeconds(1).AddMilliseconds(500));
        var incremental = await Engine.RunOnceAsync(null, everything: false, CancellationToken.None);
        Assert.Equal(OrderStatus.Ready, (await Orders.GetOrderAsync("SH-1001", CancellationToken.None))!.Status);

        var reconciled = await Engine.RunOnceAsync(null, everything: true, CancellationToken.None);

        Assert.Equal(0, incremental.Upserted.Updated);
        Assert.Equal(3, reconciled.Reconciled);
        Assert.Equal(OrderStatus.Cancelled, (await Orders.GetOrderAsync("SH-1001", CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task RunOnce_Everything_PullsTheCatalogueIntoTheStore()
    {
        _fake.Products.Add(System.Text.Json.Nodes.JsonNode.Parse("""{"id":1,"title":"Yarn","variants":[{"id":2,"title":"Red","sku":"CY-RED","barcode":"6901234567892","grams":52}]}""")!.AsObject());

        var summary = await Engine.RunOnceAsync(null, everything: true, CancellationToken.None);

        Assert.Equal(1, summary.Products);
        var catalogue = await _services.GetRequiredService<ICatalogueStore>().LoadCatalogueAsync(CancellationToken.None);
        Assert.True(catalogue.TryResolve("6901234567892", null, out var match));
        Assert.Equal("CY-RED", match.Sku);
    }
    [Fact]
    public async Task RunOnce_LineWithoutUnitWeight_TakesTheCatalogueWeightShopWeightKept()
    {
        _fake.Products.Add(System.Text.Json.Nodes.JsonNode.Parse("""{"id":1,"title":"Yarn","variants":[{"id":2,"title":"Red","sku":"CY-RED","barcode":"6901234567892","grams":52}]}""")!.AsObject());
        _fake.Add(new FakeShopifyOrder { Id = 1, CreatedAt = T0, UpdatedAt = T0, Lines = [("CY-RED", "Red", 2, 0), ("CY-BLUE", "Blue", 1, 0), ("CY-RED", "Red", 1, 60)] });

        var summary = await Engine.RunOnceAsync(null, everything: true, CancellationToken.None);

        Assert.True(summary.Succeeded, summary.Error);
        var lines = (await Orders.GetOrderAsync("SH-1", CancellationToken.None))!.Lines;
        Assert.Equal(52, lines[0].UnitGrams);
        Assert.Null(lines[1].UnitGrams);
        Assert.Equal(60, lines[2].UnitGrams);
    }
    [Fact]
    public async Task RunOnce_CatalogueRefused_OrdersStillStoredRunReportsTheCatalogue()
    {
        AddOrders(3);
        _fake.Inject("products.json", new Fault.Answer(403, """{"errors":"This action requires merchant approval for read_products scope."}"""));

        var summary = await Engine.RunOnceAsync(null, everything: true, CancellationToken.None);

        Assert.False(summary.Succeeded);
        Assert.Contains("the catalogue was not pulled", summary.Error, StringComparison.Ordinal);
        Assert.Equal(3, (await AllAsync()).Count);
        Assert.Equal(T0.AddSeconds(2), summary.Cursor);
    }
}
