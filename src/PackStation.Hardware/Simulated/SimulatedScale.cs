using System.Runtime.CompilerServices;
using System.Threading.Channels;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Scales;

namespace PackStation.Hardware.Simulated;

/// <summary>
/// A scale that can be told what is on it. <see cref="Place"/> yields a moving reading and then a stable one, as a
/// real platform settles; <see cref="Clear"/> returns it to zero.
/// </summary>
public sealed class SimulatedScale : IScale
{
    private readonly Channel<WeightReading> _readings = Channel.CreateUnbounded<WeightReading>(new UnboundedChannelOptions { SingleReader = true });
    private readonly HealthTracker _health;
    private readonly TimeProvider _clock;

    public SimulatedScale(string name = "simulated", TimeProvider? clock = null)
    {
        Name = name;
        _clock = clock ?? TimeProvider.System;
        _health = new HealthTracker(this, DeviceHealth.Connected);
    }

    public string Name { get; }

    public DeviceHealth Health => _health.Current;

    /// <summary>The weight now on the platform.</summary>
    public decimal CurrentGrams { get; private set; }

    public event EventHandler<DeviceHealth>? HealthChanged
    {
        add => _health.Changed += value;
        remove => _health.Changed -= value;
    }

    public void Place(decimal grams)
    {
        CurrentGrams = grams;
        var now = _clock.GetUtcNow();
        Write(new WeightReading(grams * 0.9m, Stable: false, WeightStatus.Ok, now, Raw: "sim motion"));
        Write(new WeightReading(grams, Stable: true, grams == 0 ? WeightStatus.Zero : WeightStatus.Ok, now, Raw: "sim stable"));
    }

    public void Clear() => Place(0);

    public void SetHealth(DeviceHealth health) => _health.Set(health);

    public async IAsyncEnumerable<WeightReading> ReadingsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var reading in _readings.Reader.ReadAllAsync(cancellationToken))
            yield return reading;
    }

    public Task ZeroAsync(CancellationToken cancellationToken)
    {
        Clear();
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        _readings.Writer.TryComplete();
        return ValueTask.CompletedTask;
    }

    private void Write(WeightReading reading)
    {
        if (!_readings.Writer.TryWrite(reading))
            throw new InvalidOperationException("The simulated scale is closed.");
    }
}
