using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PackStation.Domain.Orders;
using PackStation.Domain.Shipping;
using PackStation.Shops.Demo;
using PackStation.Shops.Tests.Fakes;
using PackStation.TestKit;
using PackStation.TestKit.Stores;

namespace PackStation.Shops.Tests.EndToEnd;

/// <summary>
/// The "done when" against the Shopify-compatible fake, with the real <c>packstation</c> program: thousands
/// of orders, throttling, failing and dropped requests, and orders changed and cancelled while the sync runs.
/// </summary>
public sealed class ShopifyRoundTripTests : IAsyncLifetime
{
    private const int Count = 2000;
    private const long FirstId = 1000;
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(120);
    private readonly FakeShopify _shop = new() { Capacity = 40, LeakPerSecond = 500 };
    private StoreFixture _store = null!;
    private readonly HashSet<long> _cancelled = [];
    private readonly HashSet<long> _changed = [];
    private int _orderPulls;

    public async Task InitializeAsync()
    {
        await _shop.StartAsync();
        _store = await StoreFixture.CreateAsync(clock: TimeProvider.System);
        var products = DemoCatalogue.Products;
        foreach (var (p, i) in products.Select((p, i) => (p, i)))
        {
            _shop.Products.Add(JsonNode.Parse(JsonSerializer.Serialize(new
            {
                id = 9000 + i, title = p.Title,
                variants = new[] { new { id = 8000 + i, title = p.Title, sku = p.Sku, barcode = p.Barcodes[0].Code, grams = p.UnitGrams } },
            }))!.AsObject());
        }

        var t0 = DateTimeOffset.UtcNow.AddHours(-2);
        for (var i = 0; i < Count; i++)
            _shop.Add(Order(FirstId + i, t0.AddSeconds(i), i));
    }

    [Fact]
    public async Task SyncOnceTwiceThenSimulateWriteBack_ThrottledFailingChangingShop_EveryOrderStoredOnceAndConfirmedOnce()
    {
        // First run: throttled, a 502 page from a proxy, a dropped connection and a 503, and on the third page
        // orders already read and orders not yet read are cancelled or changed.
        _shop.Inject("orders.json", new Fault.Answer(429, """{"errors":"Exceeded 2 calls per second for api client."}""", RetryAfterSeconds: 0.05), skip: 1);
        _shop.Inject("orders.json", Fault.Html(502), skip: 1);
        _shop.Inject("orders.json", new Fault.DropBefore(), skip: 1);
        _shop.Inject("orders.json", new Fault.Answer(503, """{"errors":"Service Unavailable"}"""), skip: 1);
        _shop.OnRequest = (_, path) =>
        {
            if (path.EndsWith("/orders.json", StringComparison.Ordinal) && Interlocked.Increment(ref _orderPulls) == 3)
                ChangeDuringSync();
        };

        var first = await SyncAsync();
        _shop.OnRequest = null;
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(0, _shop.PendingFaults);

        // Between the runs: imported orders are cancelled and new ones arrive.
        for (var id = FirstId + 100; id < FirstId + 120; id++)
            Cancel(id);
        for (var i = 0; i < 50; i++)
            _shop.Add(Order(5000 + i, DateTimeOffset.UtcNow, i));

        var second = await SyncAsync();
        Assert.True(second.ExitCode == 0, second.Error);

        var stored = RoundTripStore.ByExternalId(await _store.Orders.ListOrdersAsync(null, 1_000_000, CancellationToken.None));
        var all = Enumerable.Range(0, Count).Select(i => FirstId + i).Concat(Enumerable.Range(5000, 50).Select(i => (long)i)).ToList();
        var open = all.Where(id => !_cancelled.Contains(id)).ToList();
        Assert.Equal(open.Select(Key).Order(StringComparer.Ordinal), stored.Values.Where(o => o.Status == OrderStatus.Ready).Select(o => o.ExternalId).Order(StringComparer.Ordinal));
        Assert.All(_cancelled, id => Assert.True(!stored.TryGetValue(Key(id), out var o) || o.Status == OrderStatus.Cancelled, $"{id} is {o?.Status}"));
        Assert.All(_changed.Where(id => !_cancelled.Contains(id)), id => Assert.Equal(3, stored[Key(id)].Lines[0].Quantity));
        Assert.Equal(open.Count + _cancelled.Count(id => stored.ContainsKey(Key(id))), stored.Count);

        // Packing with write-back: dropped connections before and after the shop applied a fulfilment, a 502, a 429.
        _shop.Inject("fulfillments.json", new Fault.DropAfter(), skip: 3);
        _shop.Inject("fulfillments.json", new Fault.DropBefore(), skip: 5);
        _shop.Inject("fulfillments.json", Fault.Html(502), skip: 7);
        _shop.Inject("fulfillments.json", new Fault.Answer(429, """{"errors":"Exceeded 2 calls per second for api client."}""", RetryAfterSeconds: 0.05), skip: 2);
        _shop.Inject("fulfillments.json", new Fault.DropAfter(), skip: 10);
        _shop.Inject("fulfillment_orders.json", new Fault.DropBefore(), skip: 4);

        var simulate = await PackstationRun.RunAsync(Guard, ["simulate", "--from-store", "--write-back", "--stations", "4", "--json", .. Settings()]);

        Assert.True(simulate.ExitCode == 0, simulate.Error);
        using var result = JsonDocument.Parse(simulate.Output[^1]);
        Assert.Equal(open.Count, result.RootElement.GetProperty("packed").GetInt32());
        Assert.Equal(open.Count, result.RootElement.GetProperty("confirmed").GetInt32());
        Assert.Equal(0, result.RootElement.GetProperty("confirmationsParked").GetInt32());
        Assert.Equal(0, _shop.PendingFaults);
        var confirmations = (await _store.Outbox.ListAsync(null, 1_000_000, CancellationToken.None)).ToDictionary(c => c.ExternalId, StringComparer.Ordinal);
        Assert.All(open, id =>
        {
            var order = _shop.Get(id);
            Assert.Equal(ConfirmationState.Delivered, confirmations[Key(id)].State);
            Assert.Equal(1, order.Fulfillments);
            Assert.Equal(confirmations[Key(id)].TrackingNumbers, order.TrackingNumbers);
        });
        Assert.All(_cancelled, id => Assert.Equal(0, _shop.Get(id).Fulfillments));
    }

    private void ChangeDuringSync()
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var offset in new[] { 0, Count - 100 })
        {
            for (var id = FirstId + offset; id < FirstId + offset + 30; id++)
                Cancel(id);
            for (var id = FirstId + offset + 30; id < FirstId + offset + 60; id++)
            {
                _changed.Add(id);
                _shop.Change(id, o => o.Lines[0] = (o.Lines[0].Sku, o.Lines[0].Title, 3, o.Lines[0].Grams), now);
            }
        }
    }

    private void Cancel(long id)
    {
        _cancelled.Add(id);
        _shop.Change(id, o => o.CancelledAt = DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
    }

    private Task<PackstationRun> SyncAsync() => PackstationRun.RunAsync(Guard, ["sync", "--once", .. Settings()]);

    private string[] Settings() =>
    [
        .. _store.Arguments,
        "--Shop:Kind=Shopify",
        $"--Shop:BaseUrl={_shop.BaseUrl}",
        $"--Shop:AccessToken={FakeShopify.Token}",
        $"--Shop:ApiVersion={FakeShopify.Version}",
        "--Shop:RequestsPerSecond=600",
        "--Shop:DefaultCarrier=UPS",
        "--Shop:Http:FirstRetryDelay=00:00:00.050",
        "--Shop:Http:AttemptTimeout=00:00:05",
        "--Shop:Outbox:FirstRetryDelay=00:00:00.100",
    ];

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static FakeShopifyOrder Order(long id, DateTimeOffset at, int i)
    {
        var product = DemoCatalogue.Products[i % DemoCatalogue.Products.Count];
        return new FakeShopifyOrder
        {
            Id = id, CreatedAt = at, UpdatedAt = at,
            Lines = [(product.Sku, product.Title, 1 + (i % 2), product.UnitGrams ?? 50)],
        };
    }

    public async Task DisposeAsync()
    {
        await _shop.DisposeAsync();
        await _store.DisposeAsync();
    }
}
