using PackStation.Storage.Leases;
using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Contract;

/// <summary>One leader for the site-wide work, elected over the lease rows of either provider.</summary>
public sealed class SiteLeaderContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task StepAsync_TwoProcesses_OneLeads_TheOtherTakesOverOnceTheLeaderStopsRenewing(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var first = fixture.Get<SiteLeader>();
        var second = fixture.Open().Get<SiteLeader>();

        Assert.True(await first.StepAsync(None));
        Assert.False(await second.StepAsync(None));
        Assert.Equal(first.Leader, second.Leader);
        fixture.Advance(TimeSpan.FromSeconds(6));
        Assert.True(await first.StepAsync(None));
        fixture.Advance(TimeSpan.FromSeconds(6));
        Assert.False(await second.StepAsync(None));

        // The leader dies: it renews no more, and its lease (9 s) runs out.
        fixture.Advance(TimeSpan.FromSeconds(9));
        Assert.True(await second.StepAsync(None));
        Assert.False(await first.StepAsync(None));
        Assert.False(first.IsLeader);
        Assert.Equal(second.Leader, first.Leader);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task StepDownAsync_TheLeaderStops_AnotherLeadsAtItsNextStep(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var first = fixture.Get<SiteLeader>();
        var second = fixture.Open().Get<SiteLeader>();
        await first.StepAsync(None);
        Assert.False(await second.StepAsync(None));

        await first.StepDownAsync(None);

        Assert.False(first.IsLeader);
        Assert.True(await second.StepAsync(None));
        Assert.True(second.IsLeader);
    }
}
