namespace PackStation.Shops.Sync;

/// <summary>A hint that the shop has news (a verified webhook): the sync service pulls now instead of at its next tick.</summary>
public sealed class SyncSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);
    private long _requested;

    /// <summary>How many hints were given since start (several may fold into one pull).</summary>
    public long Requested => Interlocked.Read(ref _requested);

    public void Request()
    {
        Interlocked.Increment(ref _requested);
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // A pull is already requested; one is enough.
        }
    }

    /// <summary>Waits for a hint or for <paramref name="timeout"/>, whichever comes first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}
