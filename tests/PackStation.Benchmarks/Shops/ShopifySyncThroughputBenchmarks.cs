using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Ports;
using PackStation.Shops;
using PackStation.Shops.Sync;
using PackStation.Storage;
using PackStation.TestKit.Shops;

namespace PackStation.Benchmarks.Shops;

/// <summary>
/// A whole sync against the fake Shopify throttled like the real one (leaky bucket of 40, 2 requests/s, 250 orders a
/// page) into SQLite. The limit allows (pages − 40) / 2 seconds at best; the ratio of that to the measured time is
/// printed after each run ("limit use"). Target: ≥ 90 %, with no request failing for good.
/// </summary>
[Config(typeof(ShopsBenchmarkConfig))]
#pragma warning disable CA1001 // the fake server is disposed in IterationCleanup, as BenchmarkDotNet runs it
public class ShopifySyncThroughputBenchmarks
{
    private FakeShopify _fake = null!;
    private string _folder = "";
    private ServiceProvider _services = null!;

    [Params(20_000)]
    public int Orders { get; set; }

    [IterationSetup]
    public void Setup()
    {
        _fake = new FakeShopify { Capacity = 40, LeakPerSecond = 2 };
        _fake.StartAsync().GetAwaiter().GetResult();
        var t0 = DateTimeOffset.UtcNow.AddHours(-1);
        for (var i = 0; i < Orders; i++)
            _fake.Add(new FakeShopifyOrder { Id = 1000 + i, CreatedAt = t0, UpdatedAt = t0.AddMilliseconds(i) });
        _folder = Directory.CreateTempSubdirectory("sync-bench-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:ConnectionString"] = $"Data Source={Path.Combine(_folder, "bench.db")}",
            ["Shop:Kind"] = "Shopify", ["Shop:BaseUrl"] = _fake.BaseUrl.ToString(), ["Shop:AccessToken"] = FakeShopify.Token,
            ["Shop:ApiVersion"] = FakeShopify.Version, ["Shop:RequestsPerSecond"] = "2",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPackStationStorage(configuration);
        services.AddPackStationShops(configuration);
        _services = services.BuildServiceProvider();
        _services.GetRequiredService<IStoreSchema>().MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        var store = _services.GetRequiredService<ISyncStateStore>();
        // Only the order pull is measured: the catalogue and the reconciliation are marked as just done.
        var now = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        store.SetCursorAsync("shopify", OrderSyncEngine.CatalogueCursor, now, CancellationToken.None).GetAwaiter().GetResult();
        store.SetCursorAsync("shopify", OrderSyncEngine.ReconcileCursor, now, CancellationToken.None).GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<SyncSummary> SyncAllOrders()
    {
        var summary = await _services.GetRequiredService<OrderSyncEngine>().RunOnceAsync(null, everything: false, CancellationToken.None);
        if (!summary.Succeeded || summary.Received != Orders)
            throw new InvalidOperationException($"sync failed: {summary.Error}, {summary.Received} of {Orders} orders");
        var allowed = Math.Max(0, summary.Requests - 40) / 2.0;
        Console.WriteLine(System.FormattableString.Invariant(
            $"// shops sync: {summary.Received} orders, {summary.Requests} requests, {summary.Elapsed.TotalSeconds:0.00} s, limit allows {allowed:0.00} s, limit use {allowed / summary.Elapsed.TotalSeconds:P1}, 429s {_fake.Throttled}"));
        return summary;
    }

    [IterationCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _fake.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_folder, recursive: true);
    }
}
