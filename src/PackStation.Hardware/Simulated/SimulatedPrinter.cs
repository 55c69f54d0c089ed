using System.Collections.Concurrent;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Printers;

namespace PackStation.Hardware.Simulated;

/// <summary>
/// A printer that keeps every job it received. <see cref="SetFault"/> makes it report paper out, cover open or offline
/// (and refuse jobs) until <see cref="ClearFault"/>.
/// </summary>
public sealed class SimulatedPrinter(PrinterLanguage language = PrinterLanguage.Zpl, string name = "simulated") : SimulatedDevice(name), IPrinter
{
    private readonly ConcurrentQueue<byte[]> _jobs = new();
    private volatile string? _fault;

    public PrinterLanguage Language { get; } = language;

    public IReadOnlyCollection<byte[]> Jobs => _jobs;

    public int JobCount => _jobs.Count;

    public void SetFault(string fault)
    {
        _fault = fault;
        SetHealth(DeviceHealth.Fault(fault));
    }

    public void ClearFault()
    {
        _fault = null;
        SetHealth(DeviceHealth.Connected);
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
}
