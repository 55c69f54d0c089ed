using System.Collections.Concurrent;
using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Contract;

public sealed class TrackingNumberStoreContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ImportTrackingNumbersAsync_Duplicates_AreSkipped(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        Assert.Equal(3, await fixture.TrackingNumbers.ImportTrackingNumbersAsync("ZTO", ["ZT1", "ZT2", "ZT3"], None));
        Assert.Equal(1, await fixture.TrackingNumbers.ImportTrackingNumbersAsync("ZTO", ["ZT2", "ZT4"], None));
        Assert.Equal(4, await fixture.TrackingNumbers.CountFreeTrackingNumbersAsync("ZTO", None));
        Assert.Equal(0, await fixture.TrackingNumbers.CountFreeTrackingNumbersAsync("SF", None));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task AllocateTrackingNumberAsync_InImportOrder_SameParcelSameNumber_ThenExhausted(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        await fixture.TrackingNumbers.ImportTrackingNumbersAsync("ZTO", ["ZT9", "ZT1"], None);
        var first = await fixture.TrackingNumbers.AllocateTrackingNumberAsync("ZTO", "TB-1", 1, None);
        var retry = await fixture.TrackingNumbers.AllocateTrackingNumberAsync("ZTO", "TB-1", 1, None);
        var second = await fixture.TrackingNumbers.AllocateTrackingNumberAsync("ZTO", "TB-1", 2, None);
        var none = await fixture.TrackingNumbers.AllocateTrackingNumberAsync("ZTO", "TB-2", 1, None);
        Assert.Equal(("ZT9", "ZT9", "ZT1", (string?)null), (first, retry, second, none));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task AllocateTrackingNumberAsync_UsedNumberImportedAgain_IsNeverReused(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        await fixture.TrackingNumbers.ImportTrackingNumbersAsync("ZTO", ["ZT1"], None);
        Assert.Equal("ZT1", await fixture.TrackingNumbers.AllocateTrackingNumberAsync("ZTO", "TB-1", 1, None));
        Assert.Equal(0, await fixture.TrackingNumbers.ImportTrackingNumbersAsync("ZTO", ["ZT1"], None));
        Assert.Null(await fixture.TrackingNumbers.AllocateTrackingNumberAsync("ZTO", "TB-2", 1, None));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task AllocateTrackingNumberAsync_ConcurrentStoresOnOneFile_HandOutEachNumberOnce(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var numbers = Enumerable.Range(1, 60).Select(i => $"ZT{i:D4}").ToArray();
        await fixture.TrackingNumbers.ImportTrackingNumbersAsync("ZTO", numbers, None);
        var stores = new StorePorts[] { fixture, fixture.Open(), fixture.Open() };
        var got = new ConcurrentBag<string?>();
        await Task.WhenAll(stores.Select((store, s) => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++)
                got.Add(await store.TrackingNumbers.AllocateTrackingNumberAsync("ZTO", $"TB-{s}-{i}", 1, None));
        })));
        var handed = got.Where(n => n is not null).ToList();
        Assert.Equal(60, handed.Count);
        Assert.Equal(60, handed.Distinct().Count());
        Assert.Equal(15, got.Count(n => n is null));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task NextSequenceValueAsync_PerParcel_StableAndIncreasing(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var a = await fixture.TrackingNumbers.NextSequenceValueAsync("sscc", "TB-1", 1, None);
        var b = await fixture.TrackingNumbers.NextSequenceValueAsync("sscc", "TB-1", 2, None);
        var again = await fixture.TrackingNumbers.NextSequenceValueAsync("sscc", "TB-1", 1, None);
        var other = await fixture.TrackingNumbers.NextSequenceValueAsync("other", "TB-1", 1, None);
        Assert.Equal((1L, 2L, 1L, 1L), (a, b, again, other));
    }
}
