using System.Collections.Concurrent;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Printers;

namespace PackStation.Hardware.Simulated;

/// <summary>
/// A printer that keeps every job it received. <see cref="SetFault"/> makes it report paper out, cover open or offline
/// (and refuse jobs) until <see cref="ClearFault"/>.
/// </summary>
public sealed class SimulatedPrinter : IPrinter
{
    private readonly ConcurrentQueue<byte[]> _jobs = new();
    private readonly HealthTracker _health;
    private volatile string? _fault;

    public SimulatedPrinter(PrinterLanguage language = PrinterLanguage.Zpl, string name = "simulated")
    {
        Language = language;
        Name = name;
        _health = new HealthTracker(this, DeviceHealth.Connected);
    }

    public string Name { get; }

    public PrinterLanguage Language { get; }

    public DeviceHealth Health => _health.Current;

    public IReadOnlyCollection<byte[]> Jobs => _jobs;

    public int JobCount => _jobs.Count;

    public event EventHandler<DeviceHealth>? HealthChanged
    {
        add => _health.Changed += value;
        remove => _health.Changed -= value;
    }

    public void SetFault(string fault)
    {
        _fault = fault;
        _health.Set(DeviceHealth.Fault(fault));
    }

    public void ClearFault()
    {
        _fault = null;
        _health.Set(DeviceHealth.Connected);
    }

    public Task<PrinterStatus> QueryStatusAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_fault is { } fault ? PrinterStatus.Faulted(fault) : PrinterStatus.ReadyToPrint);

    public Task SendAsync(ReadOnlyMemory<byte> job, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_fault is { } fault)
            throw new DeviceException($"Simulated printer {Name}: {fault}.");
        _jobs.Enqueue(job.ToArray());
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
