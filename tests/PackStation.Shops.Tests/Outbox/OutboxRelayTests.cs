using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.Domain.Shipping;
using PackStation.Shops.Outbox;
using PackStation.Shops.Sync;
using PackStation.Shops.Tests.Fakes;
using PackStation.TestKit.Stores;

namespace PackStation.Shops.Tests.Outbox;

public sealed class OutboxRelayTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 1, 0, 0, TimeSpan.Zero);
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

    private OutboxRelay Relay => _services.GetRequiredService<OutboxRelay>();

    private IOutboxStore Outbox => _services.GetRequiredService<IOutboxStore>();

    /// <summary>Imports <paramref name="count"/> orders through the sync and packs each with tracking "1Z{id}".</summary>
    private async Task PackAsync(int count)
    {
        for (var i = 0; i < count; i++)
            _fake.Add(new FakeShopifyOrder { Id = 1000 + i, CreatedAt = T0, UpdatedAt = T0.AddSeconds(i) });
        var sync = await _services.GetRequiredService<OrderSyncEngine>().RunOnceAsync(null, false, CancellationToken.None);
        Assert.True(sync.Succeeded, sync.Error);
        foreach (var order in await _services.GetRequiredService<IOrderStore>().ListOrdersAsync(OrderStatus.Ready, 1000, CancellationToken.None))
            await StoreHarness.PackAsync(_services, order, "1Z" + order.ExternalId);
    }

    private async Task<ShipmentConfirmation> OnlyAsync() => Assert.Single(await Outbox.ListAsync(null, 10, CancellationToken.None));

    [Fact]
    public async Task DeliverDue_ThreePacked_EachFulfilledOnceWithItsTracking()
    {
        await PackAsync(3);

        var pass = await Relay.DeliverDueAsync(CancellationToken.None);

        Assert.Equal(3, pass.Delivered);
        Assert.All(new long[] { 1000, 1001, 1002 }, id =>
        {
            Assert.Equal(1, _fake.Get(id).Fulfillments);
            Assert.Equal(["1Z" + id], _fake.Get(id).TrackingNumbers);
        });
        Assert.All(await Outbox.ListAsync(null, 10, CancellationToken.None), c => Assert.Equal(ConfirmationState.Delivered, c.State));
    }

    [Fact]
    public async Task DeliverDue_ConnectionDroppedAfterTheShopApplied_ReadsStateAndNeverSendsAgain()
    {
        await PackAsync(1);
        _fake.Inject("fulfillments.json", new Fault.DropAfter());

        var first = await Relay.DeliverDueAsync(CancellationToken.None);
        var second = await Relay.DeliverDueAsync(CancellationToken.None);

        Assert.Equal(1, first.Retrying);
        Assert.Equal(1, second.AlreadyAtShop);
        Assert.Equal(1, _fake.Get(1000).Fulfillments);
        Assert.Equal(ConfirmationState.Delivered, (await OnlyAsync()).State);
        Assert.Single(_fake.Paths, p => p.Contains("fulfillments.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeliverDue_ConnectionDroppedBeforeTheShopSawIt_SentAgainOnce()
    {
        await PackAsync(1);
        _fake.Inject("fulfillments.json", new Fault.DropBefore());

        var first = await Relay.DeliverDueAsync(CancellationToken.None);
        var second = await Relay.DeliverDueAsync(CancellationToken.None);

        Assert.Equal(1, first.Retrying);
        Assert.Equal(1, second.Delivered);
        Assert.Equal(1, _fake.Get(1000).Fulfillments);
        var confirmation = await OnlyAsync();
        Assert.Equal(2, confirmation.Attempts);
    }

    [Fact]
    public async Task DeliverDue_ServerErrorsOnTheWrite_RetriedLaterNotParked()
    {
        await PackAsync(1);
        _fake.Inject("fulfillments.json", Fault.Html(503), 3);

        for (var i = 0; i < 3; i++)
            Assert.Equal(1, (await Relay.DeliverDueAsync(CancellationToken.None)).Retrying);
        var last = await Relay.DeliverDueAsync(CancellationToken.None);

        Assert.Equal(1, last.Delivered);
        Assert.Equal(1, _fake.Get(1000).Fulfillments);
    }

    [Fact]
    public async Task DeliverDue_OrderCancelledAtTheShopAfterPacking_ParkedWithReason()
    {
        await PackAsync(1);
        _fake.Change(1000, o => o.CancelledAt = DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);

        var pass = await Relay.DeliverDueAsync(CancellationToken.None);

        Assert.Equal(1, pass.Parked);
        var parked = await OnlyAsync();
        Assert.Equal(ConfirmationState.Parked, parked.State);
        Assert.Contains("cancelled at the shop", parked.LastError, StringComparison.Ordinal);
        Assert.Equal(0, _fake.Get(1000).Fulfillments);
    }

    [Fact]
    public async Task DeliverDue_Throttled_WriteRetriedInsideTheCallAfterRetryAfter()
    {
        await PackAsync(1);
        _fake.Inject("fulfillments.json", new Fault.Answer(429, "{\"errors\":\"Exceeded 2 calls per second\"}", RetryAfterSeconds: 0.05), 2);

        var pass = await Relay.DeliverDueAsync(CancellationToken.None);

        Assert.Equal(1, pass.Delivered);
        Assert.Equal(1, _fake.Get(1000).Fulfillments);
    }

    [Fact]
    public async Task Drain_TwentyParcelsThroughDropsAndErrors_EachConfirmedExactlyOnce()
    {
        await PackAsync(20);
        _fake.Inject("fulfillments.json", new Fault.DropAfter(), 1, skip: 2);
        _fake.Inject("fulfillments.json", new Fault.DropBefore(), 1, skip: 3);
        _fake.Inject("fulfillments.json", Fault.Html(502), 2, skip: 1);
        _fake.Inject("fulfillments.json", new Fault.DropAfter(), 2);

        var total = await Relay.DrainAsync(TimeSpan.FromSeconds(60), CancellationToken.None);

        Assert.Equal(0, await Outbox.CountPendingAsync(CancellationToken.None));
        Assert.Equal(20, total.Delivered + total.AlreadyAtShop);
        for (var id = 1000; id < 1020; id++)
        {
            Assert.Equal(1, _fake.Get(id).Fulfillments);
            Assert.Equal(["1Z" + id], _fake.Get(id).TrackingNumbers);
        }
    }
}
