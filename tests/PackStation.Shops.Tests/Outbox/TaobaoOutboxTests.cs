using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.Domain.Shipping;
using PackStation.Shops.Outbox;
using PackStation.Shops.Sync;
using PackStation.Shops.Tests.Fakes;
using PackStation.TestKit.Stores;

namespace PackStation.Shops.Tests.Outbox;

public sealed class TaobaoOutboxTests : IAsyncLifetime
{
    private readonly FakeTop _fake = new();
    private StoreFixture _store = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        await _fake.StartAsync();
        _store = await StoreFixture.CreateAsync(clock: TimeProvider.System);
        _services = await ShopsHarness.WithStoreAsync(_store, ShopsHarness.TaobaoSettings(_fake));
        var now = DateTimeOffset.UtcNow;
        foreach (var tid in new[] { "3391028845", "3391028846" })
            _fake.Add(new FakeTrade { Tid = tid, Created = now.AddHours(-2), Modified = now.AddMinutes(-30), PayTime = now.AddMinutes(-30) });
        var sync = await _services.GetRequiredService<OrderSyncEngine>().RunOnceAsync(null, false, CancellationToken.None);
        Assert.True(sync.Succeeded, sync.Error);
        foreach (var order in await _services.GetRequiredService<IOrderStore>().ListOrdersAsync(OrderStatus.Ready, 10, CancellationToken.None))
            await StoreHarness.PackAsync(_services, order, "7531" + order.ExternalId);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _fake.DisposeAsync();
        await _store.DisposeAsync();
    }

    private OutboxRelay Relay => _services.GetRequiredService<OutboxRelay>();

    private async Task<ShipmentConfirmation> ConfirmationAsync(string tid) =>
        (await _services.GetRequiredService<IOutboxStore>().ListAsync(null, 10, CancellationToken.None)).Single(c => c.ExternalId == tid);

    [Fact]
    public async Task DeliverDue_DroppedAfterOfflineSend_TradeReadBackAndNotSentTwice()
    {
        _fake.Inject("/router/rest", new Fault.DropAfter());

        var first = await Relay.DeliverDueAsync(CancellationToken.None);
        var second = await Relay.DeliverDueAsync(CancellationToken.None);

        Assert.Equal(1, first.Retrying);
        Assert.Equal(1, first.Delivered);
        Assert.Equal(1, second.AlreadyAtShop);
        foreach (var tid in new[] { "3391028845", "3391028846" })
        {
            Assert.Equal("WAIT_BUYER_CONFIRM_GOODS", _fake.Get(tid).Status);
            Assert.Equal("7531" + tid, _fake.Get(tid).InvoiceNo);
            Assert.Equal(1, _fake.Get(tid).ShipCalls);
            Assert.Equal(ConfirmationState.Delivered, (await ConfirmationAsync(tid)).State);
        }
    }

    [Fact]
    public async Task DeliverDue_LongCallBanAndIspFault_RetriedLater()
    {
        _fake.LimitCalls(1, seconds: 600);
        _fake.FailIsp(1);

        var first = await Relay.DeliverDueAsync(CancellationToken.None);
        var limited = (await _services.GetRequiredService<IOutboxStore>().ListAsync(null, 10, CancellationToken.None)).Single(c => c.LastError!.Contains("App Call Limited", StringComparison.Ordinal));
        var isp = await ConfirmationAsync(limited.ExternalId == "3391028845" ? "3391028846" : "3391028845");

        Assert.Equal(2, first.Retrying);
        Assert.Contains("isp.remote-service-timeout", isp.LastError, StringComparison.Ordinal);
        Assert.True(limited.NextAttemptAt > DateTimeOffset.UtcNow.AddSeconds(30), "a call limit waits for the ban to end");
        Assert.Equal(ConfirmationState.Pending, limited.State);
        Assert.Equal(0, _fake.Get(limited.ExternalId).ShipCalls);
    }

    [Fact]
    public async Task DeliverDue_TradeClosedAtTaobao_ParkedWithTopsMessage()
    {
        _fake.Get("3391028846").Status = "TRADE_CLOSED";

        var pass = await Relay.DeliverDueAsync(CancellationToken.None);

        Assert.Equal(1, pass.Delivered);
        Assert.Equal(1, pass.Parked);
        var parked = await ConfirmationAsync("3391028846");
        Assert.Equal(ConfirmationState.Parked, parked.State);
        Assert.Contains("cancelled at the shop", parked.LastError, StringComparison.Ordinal);
    }
}
