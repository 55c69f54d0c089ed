using PackStation.Domain.Events;
using PackStation.Domain.Ports;

namespace PackStation.Web.Metrics;

/// <summary>
/// Counts every stored event by kind, catching up incrementally from the event log at each scrape, so the counters
/// are monotonic over the store's whole history (and agree between hosts sharing one store).
/// </summary>
public sealed class EventCounters(IPackingStore store) : IDisposable
{
    private const int Batch = 5000;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly long[] _byKind = new long[Enum.GetValues<PackEventKind>().Length];
    private long _lastSequence;

    public async Task<IReadOnlyDictionary<PackEventKind, long>> SnapshotAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var batch = await store.ReadEventsAsync(_lastSequence, Batch, cancellationToken);
                foreach (var e in batch)
                {
                    _lastSequence = e.Sequence;
                    if ((int)e.Kind >= 0 && (int)e.Kind < _byKind.Length)
                        _byKind[(int)e.Kind]++;
                }

                if (batch.Count < Batch)
                    break;
            }

            return Enum.GetValues<PackEventKind>().ToDictionary(k => k, k => _byKind[(int)k]);
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
