using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PackStation.Domain.Shipping;
using PackStation.Shops.Demo;
using PackStation.Shops.Tests.Fakes;
using PackStation.TestKit;
using PackStation.TestKit.Components;
using PackStation.TestKit.Stores;

namespace PackStation.Shops.Tests.EndToEnd;

/// <summary>
/// The "done when" of Taobao as it is today, with the real <c>packstation</c> program: trades with masked receivers
/// and OAIDs go from <c>sync --once</c> (through a call ban) to e-waybills by OAID, printed through the print
/// component (which fails one task and restarts twice mid-task), and back to Taobao as shipped — exactly once, with
/// no masked text sent to the waybill API and no encrypted print data in any log.
/// </summary>
public sealed class TaobaoComponentRoundTripTests : IAsyncLifetime, IAsyncDisposable, IDisposable
{
    private const int Count = 12;
    private const long FirstTid = 4_200_000_000_000;
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(240);
    private readonly FakeTop _top = new();
    private readonly FakeCainiao _cainiao = new();
    private readonly TempDirectory _dir = new("roundtrip-component");
    private FakePrintComponent _component = null!;
    private StoreFixture _store = null!;

    public async Task InitializeAsync()
    {
        _store = await StoreFixture.CreateAsync(clock: TimeProvider.System);
        _component = new FakePrintComponent();
        await _component.StartAsync();
        await _top.StartAsync();
        await _cainiao.StartAsync();
        foreach (var p in DemoCatalogue.Products)
            _top.Items.Add((p.Sku, p.Title, p.Barcodes[0].Code, (p.UnitGrams ?? 50) / 1000.0));
        var t0 = DateTimeOffset.UtcNow.AddHours(-2);
        for (var i = 0; i < Count; i++)
        {
            var product = DemoCatalogue.Products[i % DemoCatalogue.Products.Count];
            _top.Add(new FakeTrade
            {
                Tid = Key(FirstTid + i), Created = t0.AddMinutes(i), Modified = t0.AddMinutes(i), PayTime = t0.AddMinutes(i),
                ReceiverName = "陈小平" + i, Orders = [new FakeSubOrder(product.Sku, product.Title, 1)],
            });
        }
    }

    [Fact]
    public async Task SyncThenSimulateThroughTheComponent_MaskedReceiversWithOaid_EachPrintedOnceAndShippedOnce()
    {
        _top.OnRequest = (number, _) =>
        {
            if (number == 3)
                _top.LimitCalls(1, seconds: 2);
        };
        var sync = await PackstationRun.RunAsync(Guard, ["sync", "--once", .. Settings()]);
        _top.OnRequest = null;
        Assert.True(sync.ExitCode == 0, sync.Error);
        Assert.Equal(1, _top.BannedCalls);

        // The component fails one task, restarts after printing one (before it could report it) and restarts
        // before printing another (the task is lost).
        _component.Next(FakeComponentMode.Print, FakeComponentMode.Fail, FakeComponentMode.RestartAfterPrint,
            FakeComponentMode.Print, FakeComponentMode.RestartBeforePrint);
        var simulate = await PackstationRun.RunAsync(Guard,
            ["simulate", "--from-store", "--write-back", "--stations", "2", "--json",
             "--printer", "cainiao-print-component", "--host", _component.HostPort, .. Settings()]);

        Assert.True(simulate.ExitCode == 0, simulate.Error);
        using var result = JsonDocument.Parse(simulate.Output[^1]);
        Assert.Equal(Count, result.RootElement.GetProperty("packed").GetInt32());
        Assert.Equal(Count, result.RootElement.GetProperty("confirmed").GetInt32());
        Assert.Equal(2, _component.Restarts);

        // Waybills by OAID and trade id only; nothing masked went to Cainiao.
        var recipients = _cainiao.Applications.SelectMany(a => a["trade_order_info_dtos"]!.AsArray()).Select(d => d!["recipient"]!).ToList();
        Assert.All(recipients, r => Assert.False(string.IsNullOrEmpty(r["oaid"]?.GetValue<string>())));
        Assert.All(_cainiao.Applications, a => Assert.DoesNotContain('*', a.ToJsonString()));
        Assert.Equal(0, _cainiao.MaskedRefusals);

        // One label per parcel out of the component, carrying the platform's encrypted area and our custom area.
        var printed = _component.PrintedLabels;
        Assert.Equal(Count, printed.Count);
        Assert.Equal(Count, printed.Select(p => p.DocumentId).Distinct().Count());
        Assert.All(printed, p => Assert.Contains(p.Contents[0]!["encryptedData"]!.GetValue<string>(), _cainiao.EncryptedTexts));
        Assert.All(printed, p => Assert.StartsWith("TB-", p.Contents[1]!["data"]!["orderId"]!.GetValue<string>(), StringComparison.Ordinal));

        // Shipped at Taobao exactly once, with the printed waybill.
        var confirmations = (await _store.Outbox.ListAsync(null, 1_000_000, CancellationToken.None)).ToDictionary(c => c.ExternalId, StringComparer.Ordinal);
        for (var i = 0; i < Count; i++)
        {
            var trade = _top.Get(Key(FirstTid + i));
            Assert.Equal(ConfirmationState.Delivered, confirmations[trade.Tid].State);
            Assert.Equal(1, trade.ShipCalls);
            Assert.Equal("WAIT_BUYER_CONFIRM_GOODS", trade.Status);
            Assert.Contains(printed, p => p.DocumentId == trade.InvoiceNo);
        }

        // No encrypted print data (nor its signature) in any log line of either run.
        var logs = string.Join('\n', sync.Output.Concat(simulate.Output)) + sync.Error + simulate.Error +
            string.Concat(Directory.Exists(_dir.File("logs")) ? Directory.GetFiles(_dir.File("logs")).Select(File.ReadAllText) : []);
        Assert.All(_cainiao.EncryptedTexts, secret => Assert.DoesNotContain(secret, logs, StringComparison.Ordinal));
        Assert.DoesNotContain("AES:", logs, StringComparison.Ordinal);
    }

    private string[] Settings() =>
    [
        .. _store.Arguments,
        "--Shop:Kind=Taobao",
        $"--Shop:BaseUrl={new Uri(_top.BaseUrl, "/router/rest")}",
        $"--Shop:AppKey={FakeTop.AppKey}",
        $"--Shop:AppSecret={FakeTop.Secret}",
        $"--Shop:SessionKey={FakeTop.Session}",
        "--Shop:DefaultCarrier=ZTO",
        $"--Shop:Sync:LockFile={_dir.File("sync.lock")}",
        "--Shop:Http:FirstRetryDelay=00:00:00.050",
        "--Shop:Outbox:FirstRetryDelay=00:00:00.100",
        "--Carrier:TrackingNumbers=Cainiao",
        $"--Carrier:Cainiao:BaseUrl={new Uri(_cainiao.BaseUrl, "/router/rest")}",
        $"--Carrier:Cainiao:AppKey={FakeCainiao.AppKey}",
        $"--Carrier:Cainiao:AppSecret={FakeCainiao.Secret}",
        $"--Carrier:Cainiao:SessionKey={FakeCainiao.Session}",
        "--Carrier:Cainiao:DefaultCpCode=ZTO",
        "--Carrier:Cainiao:TemplateUrl=http://cloudprint.cainiao.com/template/standard/101/123",
        "--Carrier:Cainiao:SenderName=羊绒小铺",
        "--Carrier:Cainiao:SenderMobile=13900000000",
        "--Carrier:Cainiao:SenderAddress=仓储路8号",
        "--PrintComponents:CustomAreaTemplateUrl=http://cloudprint.cainiao.com/template/customArea/4567",
        $"--Serilog:WriteTo:1:Args:path={_dir.File("logs/packstation-.log")}",
    ];

    private static string Key(long tid) => tid.ToString(CultureInfo.InvariantCulture);

    public Task DisposeAsync() => Task.CompletedTask;

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await _component.DisposeAsync();
        await _top.DisposeAsync();
        await _cainiao.DisposeAsync();
        await _store.DisposeAsync();
    }

    public void Dispose() => _dir.Dispose();
}
