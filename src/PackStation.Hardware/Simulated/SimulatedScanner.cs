using System.Runtime.CompilerServices;
using System.Threading.Channels;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Scanners;

namespace PackStation.Hardware.Simulated;

/// <summary>A scanner that delivers whatever <see cref="Inject"/> is given: the demo site's packers and tests use it.</summary>
public sealed class SimulatedScanner : IBarcodeScanner
{
    private readonly Channel<Scan> _scans = Channel.CreateUnbounded<Scan>(new UnboundedChannelOptions { SingleReader = true });
    private readonly HealthTracker _health;
    private readonly TimeProvider _clock;

    public SimulatedScanner(string name = "simulated", TimeProvider? clock = null)
    {
        Name = name;
        _clock = clock ?? TimeProvider.System;
        _health = new HealthTracker(this, DeviceHealth.Connected);
    }

    public string Name { get; }

    public DeviceHealth Health => _health.Current;

    public event EventHandler<DeviceHealth>? HealthChanged
    {
        add => _health.Changed += value;
        remove => _health.Changed -= value;
    }

    /// <summary>Plays a scan of <paramref name="data"/>, as if the trigger was pulled.</summary>
    public void Inject(string data, IReadOnlyDictionary<string, string>? gs1 = null) =>
        Inject(new Scan(data, _clock.GetUtcNow(), Gs1: gs1));

    public void Inject(Scan scan)
    {
        if (!_scans.Writer.TryWrite(scan))
            throw new InvalidOperationException("The simulated scanner is closed.");
    }

    public void SetHealth(DeviceHealth health) => _health.Set(health);

    public async IAsyncEnumerable<Scan> ReadScansAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var scan in _scans.Reader.ReadAllAsync(cancellationToken))
            yield return scan;
    }

    public ValueTask DisposeAsync()
    {
        _scans.Writer.TryComplete();
        return ValueTask.CompletedTask;
    }
}
