using Microsoft.Extensions.Options;
using PackStation.Domain.Ports;
using PackStation.Labels.Tracking;

namespace PackStation.Labels.Tests.Tracking;

public sealed class TrackingNumberSourceTests
{
    [Fact]
    public async Task PoolAllocate_EmptyPool_ThrowsExhaustedNamingTheCarrier()
    {
        var source = new PoolTrackingNumberSource(new InMemoryTrackingStore());
        var error = await Assert.ThrowsAsync<TrackingNumbersExhaustedException>(() => source.AllocateAsync("ZTO", "TB-1", 1, CancellationToken.None));
        Assert.Contains("ZTO", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SsccAllocate_NewParcels_GetConsecutiveValidNumbers()
    {
        var store = new InMemoryTrackingStore();
        var source = new SsccTrackingNumberSource(store, Options.Create(new SsccOptions { CompanyPrefix = "0614141", ExtensionDigit = 1 }));
        var first = await source.AllocateAsync("SSCC", "TB-1", 1, CancellationToken.None);
        var second = await source.AllocateAsync("SSCC", "TB-1", 2, CancellationToken.None);
        var again = await source.AllocateAsync("SSCC", "TB-1", 1, CancellationToken.None);
        Assert.Equal("106141410000000019", first);
        Assert.Equal("106141410000000026", second);
        Assert.Equal(first, again);
    }

    /// <summary>Only the sequence part; the pool part is tested against the real SQLite store.</summary>
    private sealed class InMemoryTrackingStore : ITrackingNumberStore
    {
        private readonly Dictionary<(string, string, int), long> _values = [];

        public Task<int> ImportTrackingNumbersAsync(string carrier, IReadOnlyCollection<string> numbers, CancellationToken cancellationToken) => Task.FromResult(0);

        public Task<string?> AllocateTrackingNumberAsync(string carrier, string orderId, int parcel, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

        public Task<int> CountFreeTrackingNumbersAsync(string carrier, CancellationToken cancellationToken) => Task.FromResult(0);

        public Task<long> NextSequenceValueAsync(string sequence, string orderId, int parcel, CancellationToken cancellationToken)
        {
            if (!_values.TryGetValue((sequence, orderId, parcel), out var value))
                _values[(sequence, orderId, parcel)] = value = _values.Count + 1;
            return Task.FromResult(value);
        }
    }
}
