using System.Globalization;

namespace PackStation.Packing.Labelling;

/// <summary>
/// Tracking numbers for the demo site and simulations: carrier prefix, the millisecond clock and a counter, so numbers
/// are unique across restarts of one host. Real sites use a carrier's number pool or API.
/// </summary>
public sealed class DemoTrackingNumbers(TimeProvider clock)
{
    private long _last;

    public string Next(string? carrier)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds() * 100;
        long value;
        long seen;
        do
        {
            seen = Interlocked.Read(ref _last);
            value = Math.Max(now, seen + 1);
        }
        while (Interlocked.CompareExchange(ref _last, value, seen) != seen);
        var prefix = carrier is { Length: >= 2 } ? carrier[..2].ToUpperInvariant() : "PS";
        return prefix + value.ToString(CultureInfo.InvariantCulture);
    }
}
