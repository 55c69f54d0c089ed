using PackStation.Domain.Ports;
using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Contract;

/// <summary>The named leases every provider keeps (stations, the outbox relay, the site's leader).</summary>
public sealed class LeaseStoreContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(9);

    private static LeaseHolder Holder(string id, string host = "bench-1") =>
        new(id, host, 4000 + id.Length, StoreFixture.Start, "packstation run");

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task TryTakeAsync_HeldAndLive_IsRefusedAndTheHolderIsReadBack(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var other = fixture.Open();

        Assert.True(await fixture.Leases.TryTakeAsync("station:S01", Holder("a"), null, fixture.Now, Duration, None));
        var refused = await other.Leases.TryTakeAsync("station:S01", Holder("b", "bench-2"), null, fixture.Now.AddSeconds(8), Duration, None);

        Assert.False(refused);
        var lease = await other.Leases.GetAsync("station:S01", None);
        Assert.Equal(Holder("a"), lease!.Holder);
        Assert.Equal(fixture.Now + Duration, lease.ExpiresAt);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task TryTakeAsync_Expired_AnotherTakesItAndTheOldHolderCannotRenew(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var other = fixture.Open();
        await fixture.Leases.TryTakeAsync("site-leader", Holder("a"), null, fixture.Now, Duration, None);
        var later = fixture.Now + Duration;

        Assert.True(await other.Leases.TryTakeAsync("site-leader", Holder("b", "bench-2"), null, later, Duration, None));
        Assert.False(await fixture.Leases.RenewAsync("site-leader", "a", later, Duration, None));
        Assert.True(await other.Leases.RenewAsync("site-leader", "b", later.AddSeconds(3), Duration, None));
        Assert.Equal(later.AddSeconds(3) + Duration, (await fixture.Leases.GetAsync("site-leader", None))!.ExpiresAt);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task TryTakeAsync_ReplacingTheHolderSeen_TakesOnlyWhileThatHolderStillHasIt(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        await fixture.Leases.TryTakeAsync("station:S02", Holder("dead"), null, fixture.Now, Duration, None);

        Assert.False(await fixture.Leases.TryTakeAsync("station:S02", Holder("b"), "someone-else", fixture.Now, Duration, None));
        Assert.True(await fixture.Leases.TryTakeAsync("station:S02", Holder("b"), "dead", fixture.Now, Duration, None));
        Assert.False(await fixture.Leases.TryTakeAsync("station:S02", Holder("c"), "dead", fixture.Now, Duration, None));
        Assert.Equal("b", (await fixture.Leases.GetAsync("station:S02", None))!.Holder.Id);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task TryTakeAsync_ManyProcessesAtOnce_ExactlyOneGetsIt(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var processes = Enumerable.Range(0, 6).Select(_ => fixture.Open()).ToList();

        var taken = await Task.WhenAll(processes.Select((p, i) => Task.Run(() =>
            p.Leases.TryTakeAsync("outbox-relay", Holder($"p{i}", $"bench-{i}"), null, fixture.Now, Duration, None))));

        Assert.Single(taken, t => t);
        var winner = Array.IndexOf(taken, true);
        Assert.Equal($"p{winner}", (await fixture.Leases.GetAsync("outbox-relay", None))!.Holder.Id);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ReleaseAsync_ByAnotherHolder_KeepsIt_ByTheHolder_FreesIt(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        await fixture.Leases.TryTakeAsync("station:S03", Holder("a"), null, fixture.Now, Duration, None);

        await fixture.Leases.ReleaseAsync("station:S03", "b", None);
        Assert.NotNull(await fixture.Leases.GetAsync("station:S03", None));
        await fixture.Leases.ReleaseAsync("station:S03", "a", None);

        Assert.Null(await fixture.Leases.GetAsync("station:S03", None));
        Assert.True(await fixture.Leases.TryTakeAsync("station:S03", Holder("b", "bench-2"), null, fixture.Now, Duration, None));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ListAsync_Prefix_ListsThoseLeasesByNameExpiredOnesIncluded(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        await fixture.Leases.TryTakeAsync("station:S02", Holder("a"), null, fixture.Now, Duration, None);
        await fixture.Leases.TryTakeAsync("station:S01", Holder("b"), null, fixture.Now.AddMinutes(-5), Duration, None);
        await fixture.Leases.TryTakeAsync("stationery", Holder("c"), null, fixture.Now, Duration, None);
        await fixture.Leases.TryTakeAsync("site-leader", Holder("a"), null, fixture.Now, Duration, None);

        var stations = await fixture.Open().Leases.ListAsync("station:", None);

        Assert.Equal(["station:S01", "station:S02"], stations.Select(l => l.Name));
        Assert.False(stations[0].IsLive(fixture.Now));
    }
}
