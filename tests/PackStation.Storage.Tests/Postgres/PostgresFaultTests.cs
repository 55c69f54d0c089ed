using System.Globalization;
using System.Net;
using Npgsql;
using PackStation.Domain.Orders;
using PackStation.Domain.Shipping;
using PackStation.TestKit;
using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Postgres;

/// <summary>
/// The store under the faults of a site on PostgreSQL (#11), with a real server: the network between the hosts and
/// the server cut and restored (a TCP proxy the test controls), and every connection of the hosts killed
/// (<c>pg_terminate_backend</c>). While stations pack: a step that could not be stored fails (never acknowledged),
/// work resumes by itself within 5 s of the store's return, nothing acknowledged is lost, nothing claimed twice.
/// </summary>
public sealed class PostgresFaultTests
{
    private const int Stations = 5;
    private static readonly TimeSpan Resume = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Stations_NetworkToTheServerCutAndRestored_FailWhileCut_ResumeWithin5s_LoseNothingAcknowledged()
    {
        await using var fixture = await WithOrdersAsync(3000);
        var server = new NpgsqlConnectionStringBuilder(fixture.Settings["Store:ConnectionString"]);
        await using var proxy = new TcpProxy(new IPEndPoint(IPAddress.Loopback, server.Port));
        var through = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port }.ToString();
        var work = new StationsAtWork(Enumerable.Range(0, Stations).Select(_ => fixture.Open(through)).ToList());

        var (cutAt, restoredAt) = await RunThroughAsync(work, async () =>
        {
            proxy.Cut();
            await Task.Delay(TimeSpan.FromSeconds(3));
            proxy.Restore();
        });

        var whileCut = work.Failures.Where(f => f.At >= cutAt && f.At < restoredAt).ToList();
        Assert.Equal(Stations, whileCut.Select(f => f.Station).Distinct().Count());
        Assert.All(whileCut, f => Assert.True(f.Took < TimeSpan.FromSeconds(10), $"{f.Station}: a call took {f.Took} to fail while cut"));
        AssertResumed(work, restoredAt);
        await AssertNothingLostNothingTwiceAsync(fixture, work);
    }

    [Fact]
    public async Task Stations_TheirConnectionsTerminatedByTheServer_ResumeWithin5s_LoseNothingAcknowledged()
    {
        // The store runs a step whose connection died before COMMIT again on a fresh one, so the stations may not even
        // notice; a step caught in its COMMIT fails and is not acknowledged. Either way nothing acknowledged is lost.
        await using var fixture = await WithOrdersAsync(3000);
        var connection = fixture.Settings["Store:ConnectionString"]!;
        var database = new NpgsqlConnectionStringBuilder(connection).Database;
        var work = new StationsAtWork(Enumerable.Range(0, Stations).Select(_ => fixture.Open()).ToList());

        var (_, killedAt) = await RunThroughAsync(work, async () =>
        {
            var killed = await TerminateAsync(connection, database!);
            Assert.True(killed >= Stations, $"only {killed} connections terminated");
        });

        AssertResumed(work, killedAt);
        await AssertNothingLostNothingTwiceAsync(fixture, work);
    }

    private static async Task<StoreFixture> WithOrdersAsync(int count)
    {
        var fixture = await StoreFixture.CreateAsync(StoreProvider.Postgres, TimeProvider.System);
        var orders = Enumerable.Range(1, count).Select(i => TestOrders.Make(i.ToString(CultureInfo.InvariantCulture))).ToList();
        foreach (var batch in orders.Chunk(1000))
            await fixture.Orders.UpsertOrdersAsync(batch, CancellationToken.None);
        return fixture;
    }

    /// <summary>Stations work a second, then the fault happens, then they work on for 8 s; returns when it began and ended.</summary>
    private static async Task<(TimeSpan Began, TimeSpan Ended)> RunThroughAsync(StationsAtWork work, Func<Task> fault)
    {
        using var stop = new CancellationTokenSource();
        var running = work.RunAsync(stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.NotEmpty(work.Packed);
        var began = work.Now;
        await fault();
        var ended = work.Now;
        await Task.Delay(TimeSpan.FromSeconds(8));
        await stop.CancelAsync();
        await running;
        return (began, ended);
    }

    private static void AssertResumed(StationsAtWork work, TimeSpan storeBack)
    {
        for (var s = 1; s <= Stations; s++)
        {
            var station = $"S{s:00}";
            Assert.True(work.LastSuccess.TryGetValue(station, out var last) && last > storeBack, $"{station} never packed again");
            var lastFailure = work.Failures.Where(f => f.Station == station).Select(f => f.At + f.Took).DefaultIfEmpty(TimeSpan.Zero).Max();
            Assert.True(lastFailure - storeBack < Resume, $"{station} still failed {lastFailure - storeBack} after the store was back");
        }
    }

    private static async Task AssertNothingLostNothingTwiceAsync(StoreFixture fixture, StationsAtWork work)
    {
        Assert.Equal(work.Claimed.Count, work.Claimed.Select(c => c.Order).Distinct().Count());
        foreach (var (_, order) in work.Packed)
            Assert.Equal(OrderStatus.Packed, (await fixture.Orders.GetOrderAsync(order, CancellationToken.None))!.Status);
        var confirmations = await fixture.Outbox.ListAsync(null, 100_000, CancellationToken.None);
        Assert.Equal(confirmations.Count, confirmations.Select(c => c.OrderId).Distinct().Count());
        Assert.Superset(work.Packed.Select(p => p.Order).ToHashSet(), confirmations.Select(c => c.OrderId).ToHashSet());
        Assert.All(confirmations, c => Assert.Equal(ConfirmationState.Pending, c.State));
    }

    /// <summary>Terminates every connection the stations have open to the database, as an administrator would; returns how many.</summary>
    private static async Task<int> TerminateAsync(string connection, string database)
    {
        await using var admin = new NpgsqlConnection(connection);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @db AND pid <> pg_backend_pid()", admin);
        command.Parameters.AddWithValue("db", database);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
