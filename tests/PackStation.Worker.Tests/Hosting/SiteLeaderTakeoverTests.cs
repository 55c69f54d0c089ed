using System.Diagnostics;
using Npgsql;
using PackStation.Storage;
using PackStation.TestKit;
using PackStation.TestKit.Stores;

namespace PackStation.Worker.Tests.Hosting;

/// <summary>
/// One leader for the site-wide work (#11): two real <c>packstation run</c> hosts (each with a host name of its own) on
/// one real PostgreSQL server; the leader is killed with SIGKILL and the other host takes the lead within 15 s.
/// </summary>
public sealed class SiteLeaderTakeoverTests
{
    private static readonly TimeSpan Takeover = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Run_TheLeadingHostIsKilled_TheOtherHostLeadsWithin15Seconds()
    {
        await using var store = await StoreFixture.CreateAsync(StoreProvider.Postgres, TimeProvider.System);
        var connection = store.Settings["Store:ConnectionString"]!;
        using var first = Host(store, "bench-a", "--Stations:Count=1");
        await WaitForLeaderAsync(connection, "bench-a", first, TimeSpan.FromSeconds(90));
        using var second = Host(store, "bench-b", "--Stations:Count=0", "--Stations:List:0:Id=B01");
        await WaitStartedAsync(second);
        Assert.Equal("bench-a", await LeaderHostAsync(connection));

        first.Signal("KILL");
        var watch = Stopwatch.StartNew();
        await WaitForLeaderAsync(connection, "bench-b", second, Takeover + TimeSpan.FromSeconds(30));

        Assert.True(watch.Elapsed < Takeover, $"bench-b took the lead {watch.Elapsed.TotalSeconds:0.0} s after bench-a was killed");
        second.Signal("TERM");
        Assert.Equal(0, await second.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.Null(await LeaderHostAsync(connection));
    }

    private static PackstationProcess Host(StoreFixture store, string name, params string[] stations) =>
        PackstationProcess.StartOnHost(name, store.Folder.Path, ["run", "--urls", $"http://127.0.0.1:{PackstationProcess.FreePort()}",
            .. store.Arguments, "--Demo:InitialOrders=5", "--Demo:OrdersPerMinute=0", .. stations]);

    private static async Task WaitStartedAsync(PackstationProcess host)
    {
        var deadline = Stopwatch.StartNew();
        while (!host.Output.Any(l => l.Contains("/api/stats", StringComparison.Ordinal)))
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(90), "the host did not start: " + host.StandardError);
            Assert.Null(await host.WaitForExitAsync(TimeSpan.FromMilliseconds(200)));
        }
    }

    private static async Task WaitForLeaderAsync(string connection, string host, PackstationProcess process, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (await LeaderHostAsync(connection) != host)
        {
            Assert.True(deadline.Elapsed < timeout, $"{host} did not take the lead: " + process.StandardError);
            Assert.Null(await process.WaitForExitAsync(TimeSpan.FromMilliseconds(200)));
        }
    }

    /// <summary>The host holding the live lease <c>site-leader</c>, read straight from the lease row.</summary>
    private static async Task<string?> LeaderHostAsync(string connection)
    {
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT host FROM leases WHERE name = 'site-leader' AND expires_utc > (extract(epoch FROM now()) * 1000)::bigint", c);
        return await command.ExecuteScalarAsync() as string;
    }
}
