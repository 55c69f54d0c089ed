using System.Diagnostics;
using PackStation.Storage;
using PackStation.TestKit;
using PackStation.TestKit.Stores;

namespace PackStation.Worker.Tests.Hosting;

/// <summary>Two real <c>packstation run</c> processes on one store (#15: one order was packed at both instances' S04).</summary>
public sealed class TwoInstancesTests
{
    [Fact]
    public async Task Run_SecondServiceOnTheSameSqliteStore_StopsNamingTheStoreAndTheHolder_UntilTheHolderIsKilled()
    {
        await using var store = await StoreFixture.CreateAsync(clock: TimeProvider.System);
        using var first = Service(store);
        await WaitListeningAsync(first);

        var (exitCode, second) = await PackstationProcess.RunAsync(store.Folder.Path, TimeSpan.FromMinutes(2), Arguments(store));
        using (second)
        {
            Assert.Equal(3, exitCode);
            Assert.Contains(store.DatabasePath, second.StandardError, StringComparison.Ordinal);
            Assert.Contains($"pid {first.Id} on {Environment.MachineName}", second.StandardError, StringComparison.Ordinal);
        }

        first.Signal("KILL");
        await first.WaitForExitAsync(TimeSpan.FromSeconds(20));
        using var third = Service(store);
        await WaitListeningAsync(third);
        Assert.Null(await third.WaitForExitAsync(TimeSpan.FromSeconds(2)));
        third.Signal("TERM");
        Assert.Equal(0, await third.WaitForExitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Run_TwoHostsOnPostgresWithTheSameStationIds_TheSecondStopsNamingTheStationAndTheFirst()
    {
        await using var store = await StoreFixture.CreateAsync(StoreProvider.Postgres, TimeProvider.System);
        using var first = Service(store, "--Stations:Count=2");
        await WaitListeningAsync(first);

        var (exitCode, second) = await PackstationProcess.RunAsync(store.Folder.Path, TimeSpan.FromMinutes(2), Arguments(store, "--Stations:Count=3"));
        using (second)
        {
            Assert.Equal(3, exitCode);
            Assert.Contains("station S01", second.StandardError, StringComparison.Ordinal);
            Assert.Contains($"pid {first.Id} on {Environment.MachineName}", second.StandardError, StringComparison.Ordinal);
            Assert.Contains("Stations:List", second.StandardError, StringComparison.Ordinal);
        }

        // A host that stops gives its stations up: the next one with the same ids starts at once.
        first.Signal("TERM");
        Assert.Equal(0, await first.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        using var next = Service(store, "--Stations:Count=2");
        await WaitListeningAsync(next);
        next.Signal("TERM");
        Assert.Equal(0, await next.WaitForExitAsync(TimeSpan.FromSeconds(30)));
    }

    private static string[] Arguments(StoreFixture store, params string[] extra) =>
        ["run", "--urls", $"http://127.0.0.1:{PackstationProcess.FreePort()}", .. store.Arguments, "--Stations:Count=2",
            "--Demo:InitialOrders=10", "--Demo:OrdersPerMinute=0", .. extra];

    private static PackstationProcess Service(StoreFixture store, params string[] extra) =>
        PackstationProcess.StartIn(store.Folder.Path, Arguments(store, extra));

    /// <summary>Until the service says it listens (its stores are open, its stations started).</summary>
    private static async Task WaitListeningAsync(PackstationProcess service)
    {
        var deadline = Stopwatch.StartNew();
        while (!service.Output.Any(l => l.Contains("/api/stats", StringComparison.Ordinal)))
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(90), "the service did not start: " + service.StandardError);
            Assert.Null(await service.WaitForExitAsync(TimeSpan.FromMilliseconds(200)));
        }
    }
}
