using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PackStation.Domain.Ports;

namespace PackStation.Shops.Demo;

/// <summary>
/// The built-in demo shop: puts the catalogue and packers into the store, a first batch of orders, and then new
/// orders at <see cref="DemoOptions.OrdersPerMinute"/>, as a busy shop would.
/// </summary>
public sealed partial class DemoShopService(IOptions<DemoOptions> options, IOrderStore orders, ICatalogueStore catalogue, IPeopleStore people, TimeProvider clock, ILogger<DemoShopService> logger) : BackgroundService
{
    public const string ShopName = "demo";

    private DemoOrderGenerator? _generator;

    /// <summary>Seeds before the stations start, so their first catalogue load already has the products.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await SeedAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    private async Task SeedAsync(CancellationToken stoppingToken)
    {
        var demo = options.Value;
        var generator = _generator = new DemoOrderGenerator(new Random(demo.Seed + (int)(clock.GetUtcNow().ToUnixTimeSeconds() % 100_000)));
        await catalogue.UpsertProductsAsync(DemoCatalogue.Products, stoppingToken);
        await DemoPeople.SeedAsync(people, clock, stoppingToken);
        var open = await orders.CountQueueAsync(DateTimeOffset.MaxValue, stoppingToken);
        if (open.Ready == 0)
        {
            var now = clock.GetUtcNow();
            var first = Enumerable.Range(0, demo.InitialOrders).Select(i => generator.Next(now.AddSeconds(-i * 7))).ToList();
            foreach (var batch in first.Chunk(500))
                await orders.UpsertOrdersAsync(batch, stoppingToken);
            LogSeeded(demo.InitialOrders, DemoCatalogue.Products.Count, DemoCatalogue.Packers.Count);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var demo = options.Value;
        var generator = _generator!;
        if (demo.OrdersPerMinute <= 0)
            return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.05, 60 / demo.OrdersPerMinute)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            await orders.UpsertOrdersAsync([generator.Next(clock.GetUtcNow())], stoppingToken);
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Demo shop: {Orders} orders waiting, {Products} products, {Packers} packers")]
    private partial void LogSeeded(int orders, int products, int packers);
}
