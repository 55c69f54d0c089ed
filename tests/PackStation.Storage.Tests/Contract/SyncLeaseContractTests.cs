using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Contract;

public sealed class SyncLeaseContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task TryAcquireAsync_HeldByAnotherProcess_IsRefusedUntilReleased(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var other = fixture.Open();

        var held = await fixture.SyncLease.TryAcquireAsync("taobao", None);
        var refused = await other.SyncLease.TryAcquireAsync("taobao", None);
        var otherShop = await other.SyncLease.TryAcquireAsync("shopify", None);
        await held!.DisposeAsync();
        var afterRelease = await other.SyncLease.TryAcquireAsync("taobao", None);

        Assert.Null(refused);
        Assert.NotNull(otherShop);
        Assert.NotNull(afterRelease);
        await otherShop.DisposeAsync();
        await afterRelease.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task SetCursorAsync_Twice_TheLastValueIsKeptPerShopAndName(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);

        await fixture.SyncState.SetCursorAsync("taobao", "orders", "2026-11-28T09:00:00+08:00", None);
        await fixture.SyncState.SetCursorAsync("taobao", "orders", "2026-11-28T10:00:00+08:00", None);
        await fixture.SyncState.SetCursorAsync("shopify", "orders", "x", None);

        Assert.Equal("2026-11-28T10:00:00+08:00", await fixture.Open().SyncState.GetCursorAsync("taobao", "orders", None));
        Assert.Null(await fixture.SyncState.GetCursorAsync("taobao", "catalogue", None));
    }
}
