using System.Text.Json;
using PackStation.Domain.Orders;
using PackStation.Domain.Shipping;
using PackStation.Shops.Demo;
using PackStation.TestKit;
using PackStation.TestKit.Stores;

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
        await using var store = await StoreFixture.CreateAsync(clock: TimeProvider.System);
        await store.Catalogue.UpsertProductsAsync(DemoCatalogue.Products, CancellationToken.None);
        var generator = new DemoOrderGenerator(new Random(3));
        await store.Orders.UpsertOrdersAsync(Enumerable.Range(0, 60).Select(i => generator.Next(DateTimeOffset.UtcNow.AddMinutes(-i))).ToList(), CancellationToken.None);

        var (exitCode, process) = await PackstationProcess.RunAsync(store.Folder.Path, TimeSpan.FromMinutes(3),
            ["simulate", "--from-store", "--write-back", "--stations", "3", "--json", .. store.Arguments, "--Shop:Kind=Demo"]);
        using var _ = process;
        using var result = JsonDocument.Parse(process.Output[^1]);

        Assert.Equal(0, exitCode);
        Assert.Equal(60, result.RootElement.GetProperty("packed").GetInt32());
        Assert.Equal(60, result.RootElement.GetProperty("confirmed").GetInt32());
        Assert.Equal(60, (await store.Outbox.ListAsync(ConfirmationState.Delivered, 1000, CancellationToken.None)).Count);
        Assert.Empty(await store.Orders.ListOrdersAsync(OrderStatus.Ready, 10, CancellationToken.None));
    }
}
