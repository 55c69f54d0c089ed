using PackStation.Hardware.Scanners;

namespace PackStation.Hardware.Simulated;

/// <summary>A scanner that delivers whatever <see cref="Inject(string, IReadOnlyDictionary{string, string})"/> is given: the demo site's packers and tests use it.</summary>
public sealed class SimulatedScanner(string name = "simulated", TimeProvider? clock = null) : SimulatedFeed<Scan>(name, clock), IBarcodeScanner
{
    /// <summary>Plays a scan of <paramref name="data"/>, as if the trigger was pulled.</summary>
    public void Inject(string data, IReadOnlyDictionary<string, string>? gs1 = null) =>
        Inject(new Scan(data, Clock.GetUtcNow(), Gs1: gs1));

    public void Inject(Scan scan) => Feed(scan);

    public IAsyncEnumerable<Scan> ReadScansAsync(CancellationToken cancellationToken) => FedAsync(cancellationToken);
}
