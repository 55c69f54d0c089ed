namespace PackStation.Packing.Stations;

/// <summary>
/// Scan latencies (scanner delivered → decision durable and published), for <c>simulate</c>, <c>/metrics</c> and
/// the performance page. Keeps the most recent samples for percentiles and a running count and sum.
/// </summary>
public sealed class LatencyRecorder
{
    private const int Capacity = 100_000;
    private readonly double[] _samples = new double[Capacity];
    private readonly Lock _lock = new();
    private long _count;
    private double _sumMs;

    public long Count { get { lock (_lock) return _count; } }

    public double SumMilliseconds { get { lock (_lock) return _sumMs; } }

    public void Record(TimeSpan latency)
    {
        lock (_lock)
        {
            _samples[_count % Capacity] = latency.TotalMilliseconds;
            _count++;
            _sumMs += latency.TotalMilliseconds;
        }
    }

    /// <summary>The latency below which <paramref name="percentile"/> percent of the kept samples fall (0 when none).</summary>
    public double PercentileMilliseconds(double percentile)
    {
        double[] copy;
        lock (_lock)
            copy = _samples.AsSpan(0, (int)Math.Min(_count, Capacity)).ToArray();
        if (copy.Length == 0)
            return 0;
        Array.Sort(copy);
        var rank = (int)Math.Ceiling(percentile / 100.0 * copy.Length) - 1;
        return copy[Math.Clamp(rank, 0, copy.Length - 1)];
    }
}
