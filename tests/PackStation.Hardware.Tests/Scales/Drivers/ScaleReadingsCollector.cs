using PackStation.Hardware.Scales;

namespace PackStation.Hardware.Tests.Scales.Drivers;

/// <summary>Reads a scale's readings until a condition holds; the guard only stops a hung test, nothing is timed.</summary>
internal static class ScaleReadingsCollector
{
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(15);

    public static async Task<List<WeightReading>> ReadUntilAsync(this IScale scale, Func<WeightReading, bool> until, int max = 500)
    {
        using var guard = new CancellationTokenSource(Guard);
        var readings = new List<WeightReading>();
        await foreach (var reading in scale.ReadingsAsync(guard.Token))
        {
            readings.Add(reading);
            if (until(reading) || readings.Count >= max)
                break;
        }

        return readings;
    }
}
