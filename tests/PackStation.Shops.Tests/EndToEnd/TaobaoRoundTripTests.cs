using System.Globalization;
using System.Text.Json;
using PackStation.Domain.Orders;
using PackStation.Domain.Shipping;
using PackStation.Shops.Demo;
using PackStation.Shops.Tests.Fakes;
using PackStation.TestKit;
using PackStation.TestKit.Stores;

namespace PackStation.Shops.Tests.EndToEnd;

/// <summary>
/// The issue's "done when" against the Taobao-compatible fake, with the real <c>packstation</c> program: trades over
/// the last 20 hours (forty 30-minute windows), failing and dropped requests, a call ban of a few seconds that the
/// first run waits out, and trades closed or changed while the sync runs and between the runs. The trades are ones
/// the app may see in the clear (PackStation prints their labels itself); protected receivers go through the print
/// component (TaobaoComponentRoundTripTests).
/// </summary>
public sealed class TaobaoRoundTripTests : IAsyncLifetime
{
    private const int Count = 1200;
    private const long FirstTid = 4_100_000_000_000;
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(120);
    private readonly FakeTop _top = new();
    private StoreFixture _store = null!;
    private readonly HashSet<long> _closed = [];
    private readonly HashSet<long> _changed = [];

    public async Task InitializeAsync()
    {
        await _top.StartAsync();
        _store = await StoreFixture.CreateAsync(clock: TimeProvider.System);
        foreach (var p in DemoCatalogue.Products)
            _top.Items.Add((p.Sku, p.Title, p.Barcodes[0].Code, (p.UnitGrams ?? 50) / 1000.0));
        var t0 = DateTimeOffset.UtcNow.AddHours(-20);
        for (var i = 0; i < Count; i++)
            _top.Add(Trade(FirstTid + i, t0.AddSeconds(i * 60), i));
    }

    [Fact]
    public async Task SyncOnceTwiceThenSimulateWriteBack_LimitedFailingChangingShop_EveryTradeStoredOnceAndShippedOnce()
    {
        // First run: a 502 page, a dropped connection and a 500 (retried in the call); trades closed and changed
        // mid-run; then TOP answers "App Call Limited" with a ban of 2 seconds, which the run waits out.
        _top.Inject("/router/rest", Fault.Html(502), skip: 20);
        _top.Inject("/router/rest", new Fault.DropBefore(), skip: 30);
        _top.Inject("/router/rest", new Fault.Answer(500, "<html>500 Internal Server Error</html>", "text/html"), skip: 40);
        _top.OnRequest = (number, _) =>
        {
            if (number == 300)
                ChangeDuringSync();
            else if (number == 700)
                _top.LimitCalls(1, seconds: 2);
        };

        var first = await SyncAsync();
        _top.OnRequest = null;
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(1, _top.BannedCalls);
        Assert.Equal(0, _top.PendingFaults);

        // Between the runs: imported trades are closed and new ones are paid.
        for (var tid = FirstTid + 100; tid < FirstTid + 120; tid++)
            Close(tid);
        for (var i = 0; i < 50; i++)
            _top.Add(Trade(FirstTid + Count + i, DateTimeOffset.UtcNow, i));

        var second = await SyncAsync();
        Assert.True(second.ExitCode == 0, second.Error);

        var stored = RoundTripStore.ByExternalId(await _store.Orders.ListOrdersAsync(null, 1_000_000, CancellationToken.None));
        var all = Enumerable.Range(0, Count + 50).Select(i => FirstTid + i).ToList();
        var open = all.Where(tid => !_closed.Contains(tid)).ToList();
        Assert.Equal(open.Select(Key).Order(StringComparer.Ordinal), stored.Values.Where(o => o.Status == OrderStatus.Ready).Select(o => o.ExternalId).Order(StringComparer.Ordinal));
        Assert.All(_closed, tid => Assert.True(!stored.TryGetValue(Key(tid), out var o) || o.Status == OrderStatus.Cancelled, $"{tid} is {o?.Status}"));
        Assert.All(_changed.Where(tid => !_closed.Contains(tid)), tid => Assert.Equal(3, stored[Key(tid)].Lines[0].Quantity));
        Assert.Equal(open.Count + _closed.Count(tid => stored.ContainsKey(Key(tid))), stored.Count);

        // Packing with write-back: dropped connections before and after TOP applied offline.send, a 502, isp faults.
        _top.Inject("/router/rest", new Fault.DropAfter(), skip: 3);
        _top.Inject("/router/rest", new Fault.DropBefore(), skip: 5);
        _top.Inject("/router/rest", Fault.Html(502), skip: 7);
        _top.Inject("/router/rest", new Fault.DropAfter(), skip: 11);
        _top.FailIsp(2);

        var simulate = await PackstationRun.RunAsync(Guard, ["simulate", "--from-store", "--write-back", "--stations", "4", "--json", .. Settings()]);

        Assert.True(simulate.ExitCode == 0, simulate.Error);
        using var result = JsonDocument.Parse(simulate.Output[^1]);
        Assert.Equal(open.Count, result.RootElement.GetProperty("packed").GetInt32());
        Assert.Equal(open.Count, result.RootElement.GetProperty("confirmed").GetInt32());
        Assert.Equal(0, result.RootElement.GetProperty("confirmationsParked").GetInt32());
        Assert.Equal(0, _top.PendingFaults);
        var confirmations = (await _store.Outbox.ListAsync(null, 1_000_000, CancellationToken.None)).ToDictionary(c => c.ExternalId, StringComparer.Ordinal);
        Assert.All(open, tid =>
        {
            var trade = _top.Get(Key(tid));
            var confirmation = confirmations[Key(tid)];
            Assert.Equal(ConfirmationState.Delivered, confirmation.State);
            Assert.Equal("WAIT_BUYER_CONFIRM_GOODS", trade.Status);
            Assert.Equal(1, trade.ShipCalls);
            Assert.Equal(confirmation.TrackingNumbers[0], trade.InvoiceNo);
            Assert.Equal("ZTO", trade.CompanyCode);
        });
        Assert.All(_closed, tid => Assert.Equal(0, _top.Get(Key(tid)).ShipCalls));
    }

    private void ChangeDuringSync()
    {
        foreach (var offset in new[] { 0, Count - 100 })
        {
            for (var tid = FirstTid + offset; tid < FirstTid + offset + 30; tid++)
                Close(tid);
            for (var tid = FirstTid + offset + 30; tid < FirstTid + offset + 60; tid++)
            {
                _changed.Add(tid);
                var trade = _top.Get(Key(tid));
                lock (trade)
                {
                    trade.Orders[0] = trade.Orders[0] with { Num = 3 };
                    trade.Modified = DateTimeOffset.UtcNow;
                }
            }
        }
    }

    private void Close(long tid)
    {
        _closed.Add(tid);
        var trade = _top.Get(Key(tid));
        trade.Status = "TRADE_CLOSED";
        trade.Modified = DateTimeOffset.UtcNow;
    }

    private Task<PackstationRun> SyncAsync() => PackstationRun.RunAsync(Guard, ["sync", "--once", .. Settings()]);

    private string[] Settings() =>
    [
        .. _store.Arguments,
        "--Shop:Kind=Taobao",
        $"--Shop:BaseUrl={new Uri(_top.BaseUrl, "/router/rest")}",
        $"--Shop:AppKey={FakeTop.AppKey}",
        $"--Shop:AppSecret={FakeTop.Secret}",
        $"--Shop:SessionKey={FakeTop.Session}",
        "--Shop:DefaultCarrier=ZTO",
        "--Shop:Http:FirstRetryDelay=00:00:00.050",
        "--Shop:Http:AttemptTimeout=00:00:05",
        "--Shop:Outbox:FirstRetryDelay=00:00:00.100",
    ];

    private static string Key(long tid) => tid.ToString(CultureInfo.InvariantCulture);

    private static FakeTrade Trade(long tid, DateTimeOffset at, int i)
    {
        var product = DemoCatalogue.Products[i % DemoCatalogue.Products.Count];
        return new FakeTrade
        {
            Tid = Key(tid), Created = at, Modified = at, PayTime = at, Protected = false,
            Orders = [new FakeSubOrder(product.Sku, product.Title, 1 + (i % 2))],
        };
    }

    public async Task DisposeAsync()
    {
        await _top.DisposeAsync();
        await _store.DisposeAsync();
    }
}
