using PackStation.Hardware.Scales;

namespace PackStation.Hardware.Simulated;

/// <summary>
/// A scale that can be told what is on it. <see cref="Place"/> yields a moving reading and then a stable one, as a
/// real platform settles; <see cref="Clear"/> returns it to zero.
/// </summary>
public sealed class SimulatedScale(string name = "simulated", TimeProvider? clock = null) : SimulatedFeed<WeightReading>(name, clock), IScale
{
    /// <summary>The weight now on the platform.</summary>
    public decimal CurrentGrams { get; private set; }

    public void Place(decimal grams)
    {
        CurrentGrams = grams;
        var now = Clock.GetUtcNow();
        Feed(new WeightReading(grams * 0.9m, Stable: false, WeightStatus.Ok, now, Raw: "sim motion"));
        Feed(new WeightReading(grams, Stable: true, grams == 0 ? WeightStatus.Zero : WeightStatus.Ok, now, Raw: "sim stable"));
    }

    public void Clear() => Place(0);

    public IAsyncEnumerable<WeightReading> ReadingsAsync(CancellationToken cancellationToken) => FedAsync(cancellationToken);

    public Task ZeroAsync(CancellationToken cancellationToken)
    {
        Clear();
        return Task.CompletedTask;
    }
}
