using BenchmarkDotNet.Attributes;
using PackStation.Domain.Orders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Ports;
using PackStation.Storage;

namespace PackStation.Benchmarks.Shops;

/// <summary>
/// Importing orders into SQLite the way the sync does: pages of 250 orders, one transaction per page, into a fresh
/// database file. Target: at least 5,000 orders/s (N / mean time).
/// </summary>
[Config(typeof(ShopsBenchmarkConfig))]
public class SqliteUpsertBenchmarks : IDisposable
{
    private readonly List<Order[]> _pages = [];
    private string _folder = "";
    private ServiceProvider _services = null!;
    private IOrderStore _store = null!;

    [Params(10_000)]
    public int Orders { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var at = new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8));
        var orders = Enumerable.Range(0, Orders).Select(i => new Order
        {
            Id = $"TB-{3391000000 + i}", Shop = "taobao", ExternalId = (3391000000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
            CreatedAt = at, ShopUpdatedAt = at.AddSeconds(i), ShipBy = at.AddDays(2),
            Recipient = new Recipient("张小燕", "13812345678", "浙江省杭州市西湖区文三路90号3单元501", "杭州市", "浙江省", "西湖区", "310012"),
            Lines = [new OrderLine("CY-26-RED-50", "内蒙古山羊绒线 50g 正红", 2, 52), new OrderLine("CY-26-GREY-50", "内蒙古山羊绒线 50g 灰", 1, 52)],
        });
        _pages.AddRange(orders.Chunk(250));
    }

    [IterationSetup]
    public void FreshDatabase()
    {
        _folder = Directory.CreateTempSubdirectory("upsert-bench-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:ConnectionString"] = $"Data Source={Path.Combine(_folder, "bench.db")}",
            ["Store:Durability"] = nameof(StoreDurability.Full),
        }).Build();
        _services = new ServiceCollection().AddPackStationStorage(configuration).BuildServiceProvider();
        _services.GetRequiredService<IStoreSchema>().MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        _store = _services.GetRequiredService<IOrderStore>();
    }

    [Benchmark]
    public async Task UpsertInPagesOf250()
    {
        foreach (var page in _pages)
            await _store.UpsertOrdersAsync(page, CancellationToken.None);
    }

    [IterationCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    public void Dispose()
    {
        _services?.Dispose();
        GC.SuppressFinalize(this);
    }
}
