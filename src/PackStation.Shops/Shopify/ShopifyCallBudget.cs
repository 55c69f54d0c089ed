namespace PackStation.Shops.Shopify;

/// <summary>
/// Our picture of Shopify's leaky bucket (<c>X-Shopify-Shop-Api-Call-Limit: 32/40</c>, leaking
/// <see cref="ShopOptions.RequestsPerSecond"/>). Before each request it waits just long enough that the request
/// fits with one slot to spare, so the bucket is used fully but 429s stay rare. Shared by every Shopify call.
/// </summary>
public sealed class ShopifyCallBudget : IDisposable
{
    private readonly TimeProvider _time;
    private readonly double _leakPerSecond;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _sync = new();
    private double _used;
    private double _capacity = 40;
    private long _observedAt;

    public ShopifyCallBudget(TimeProvider time, double leakPerSecond)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _leakPerSecond = leakPerSecond;
        _observedAt = time.GetTimestamp();
    }

    /// <summary>Waits for room in the bucket and counts the request as sent.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            TimeSpan wait;
            lock (_sync)
            {
                var level = Level(_time.GetTimestamp());
                var room = _capacity - 1;
                wait = level + 1 > room ? TimeSpan.FromSeconds((level + 1 - room) / _leakPerSecond) : TimeSpan.Zero;
            }

            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, _time, cancellationToken);
            lock (_sync)
            {
                var now = _time.GetTimestamp();
                _used = Level(now) + 1;
                _observedAt = now;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Takes the shop's own count from a response header ("used/capacity").</summary>
    public void Observe(string? header)
    {
        if (header is null)
            return;
        var parts = header.Split('/');
        if (parts.Length != 2
            || !double.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var used)
            || !double.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var capacity)
            || capacity <= 0)
            return;
        lock (_sync)
        {
            _used = used;
            _capacity = capacity;
            _observedAt = _time.GetTimestamp();
        }
    }

    /// <summary>After a 429 the bucket is full, whatever we thought.</summary>
    public void Full()
    {
        lock (_sync)
        {
            _used = _capacity;
            _observedAt = _time.GetTimestamp();
        }
    }

    private double Level(long now) =>
        Math.Max(0, _used - (_time.GetElapsedTime(_observedAt, now).TotalSeconds * _leakPerSecond));

    public void Dispose() => _gate.Dispose();
}
