using System.Text.Json;
using PackStation.Domain.Orders;
using PackStation.Domain.Shipping;
using PackStation.Shops.Demo;
using PackStation.Storage;
using PackStation.Storage.Sqlite;
using PackStation.TestKit;

namespace PackStation.Worker.Tests.Commands;

public sealed class SimulateCommandTests
{
    [Fact]
    public async Task Simulate_DemoOrders_PrintsTheFiguresWithNoErrors()
    {
        using var dir = new TempDirectory("simulate");

        var (exitCode, process) = await PackstationProcess.RunAsync(dir.Path, TimeSpan.FromMinutes(3), "simulate", "--stations", "5", "--orders", "200", "--json");
        using var _ = process;
        using var result = JsonDocument.Parse(process.Output[^1]);
        var root = result.RootElement;

        Assert.Equal(0, exitCode);
        Assert.Equal(200, root.GetProperty("orders").GetInt32());
        Assert.Equal(200, root.GetProperty("packed").GetInt32());
        Assert.Equal(5, root.GetProperty("stations").GetInt32());
        Assert.Equal(0, root.GetProperty("errors").GetInt32());
        Assert.True(root.GetProperty("ordersPerSecond").GetDouble() > 0);
        Assert.True(root.GetProperty("scanLatencyMsP99").GetDouble() >= root.GetProperty("scanLatencyMsP50").GetDouble());
        Assert.True(root.GetProperty("scans").GetInt64() > 200 * 3);
    }

    [Fact]
    public async Task Simulate_FromStoreWithWriteBack_PacksEveryOpenOrderAndEmptiesTheOutbox()
    {
        using var dir = new TempDirectory("writeback");
        var connection = $"Data Source={dir.File("store.db")}";
        var store = new SqlitePackStore(new StoreOptions { ConnectionString = connection }, TimeProvider.System);
        await store.MigrateAsync(CancellationToken.None);
        await store.UpsertProductsAsync(DemoCatalogue.Products, CancellationToken.None);
        var generator = new DemoOrderGenerator(new Random(3));
        await store.UpsertOrdersAsync(Enumerable.Range(0, 60).Select(i => generator.Next(DateTimeOffset.UtcNow.AddMinutes(-i))).ToList(), CancellationToken.None);

        var (exitCode, process) = await PackstationProcess.RunAsync(dir.Path, TimeSpan.FromMinutes(3),
            "simulate", "--from-store", "--write-back", "--stations", "3", "--json", $"--Store:ConnectionString={connection}", "--Shop:Kind=Demo");
        using var _ = process;
        using var result = JsonDocument.Parse(process.Output[^1]);

        Assert.Equal(0, exitCode);
        Assert.Equal(60, result.RootElement.GetProperty("packed").GetInt32());
        Assert.Equal(60, result.RootElement.GetProperty("confirmed").GetInt32());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Equal(60, (await store.ListAsync(ConfirmationState.Delivered, 1000, CancellationToken.None)).Count);
        Assert.Empty(await store.ListOrdersAsync(OrderStatus.Ready, 10, CancellationToken.None));
    }
}
