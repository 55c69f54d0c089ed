using PackStation.Domain.Ports;
using PackStation.TestKit;
using PackStation.TestKit.Stores;

namespace PackStation.Worker.Tests.Commands;

/// <summary>The real <c>packstation waybills</c> against a SQLite store made by the test.</summary>
public sealed class WaybillsCommandTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Waybills_CountTwo_QueuesTwoWaybillsOnTheNamedPrinterAndPrintsOneLineEach()
    {
        await using var store = await StoreFixture.CreateAsync(clock: TimeProvider.System);
        await store.Orders.UpsertOrdersAsync([TestOrders.Make("1") with { ShipBy = TestOrders.Created.AddHours(30) }, TestOrders.Make("2") with { ShipBy = TestOrders.Created.AddHours(20) }, TestOrders.Make("3")], None);
        await store.TrackingNumbers.ImportTrackingNumbersAsync("ZTO", ["ZT7600000001", "ZT7600000002", "ZT7600000003"], None);

        await using var cli = PackstationProcess.Start(["waybills", "--count", "2", "--printer", "S02", .. store.Arguments,
            "--Stations:Count=2", "--Packing:LabelTiming=PrintedBeforePicking"]);
        var lines = await cli.RemainingOutputAsync();

        Assert.Equal(0, await cli.WaitForExitAsync());
        Assert.Equal(2, lines.Count);
        Assert.StartsWith("TB-2\tZT7600000001\tjob ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("TB-1\tZT7600000002\tjob ", lines[1], StringComparison.Ordinal);
        var jobs = await store.PrintJobs.ListAsync("S02/printer", PrintJobState.Queued, 10, None);
        Assert.Equal(["ZT7600000002", "ZT7600000001"], jobs.Select(j => j.TrackingNumber));
        Assert.Equal("ZT7600000001", (await store.Orders.GetOrderAsync("TB-2", None))!.Waybill);
        Assert.Null((await store.Orders.GetOrderAsync("TB-3", None))!.Waybill);
    }

    [Fact]
    public async Task Waybills_SiteLabelsAfterVerification_RefusesNamingTheSetting()
    {
        using var dir = new TempDirectory("waybills-cli");
        await using var cli = PackstationProcess.Start("waybills", "--count", "2", $"--Store:ConnectionString=Data Source={dir.File("store.db")}");

        await cli.WaitForErrorAsync("LabelTiming");
        Assert.Equal(7, await cli.WaitForExitAsync());
    }
}
