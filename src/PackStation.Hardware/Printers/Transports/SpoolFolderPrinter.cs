using PackStation.Hardware.Devices;

namespace PackStation.Hardware.Printers.Transports;

/// <summary>
/// Writes each job to its own file in a folder (for tests, and for CUPS raw queues fed by a folder watcher): written
/// to a hidden temporary name first and renamed when complete, so a reader never sees half a job. Ready while the
/// folder exists and is writable; "offline" otherwise.
/// </summary>
public sealed class SpoolFolderPrinter(string folder, PrinterLanguage language, TimeProvider? clock = null) : IPrinter
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly HealthTracker _health = new(folder, DeviceHealth.Connected);
    private int _sequence;

    public string Name => folder;

    public PrinterLanguage Language => language;

    public DeviceHealth Health => _health.Current;

    public event EventHandler<DeviceHealth>? HealthChanged
    {
        add => _health.Changed += value;
        remove => _health.Changed -= value;
    }

    public Task<PrinterStatus> QueryStatusAsync(CancellationToken cancellationToken)
    {
        var status = Directory.Exists(folder)
            ? PrinterStatus.ReadyToPrint
            : PrinterStatus.Faulted(PrinterFaults.Offline, $"spool folder {folder} does not exist");
        _health.Set(status.Ready ? DeviceHealth.Connected : DeviceHealth.Fault(PrinterFaults.Offline));
        return Task.FromResult(status);
    }

    public async Task SendAsync(ReadOnlyMemory<byte> job, CancellationToken cancellationToken)
    {
        var status = await QueryStatusAsync(cancellationToken).ConfigureAwait(false);
        if (!status.Ready)
            throw new PrinterNotReadyException(status, Name);
        var name = $"job-{_clock.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Interlocked.Increment(ref _sequence):D6}.{Extension(language)}";
        var temporary = Path.Combine(folder, "." + name + ".part");
        try
        {
            await File.WriteAllBytesAsync(temporary, job.ToArray(), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, Path.Combine(folder, name));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new DeviceException($"Spool folder {folder}: {e.Message}", e);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the temporary name is hidden and never mistaken for a job.
        }
    }

    private static string Extension(PrinterLanguage language) => language switch
    {
        PrinterLanguage.Zpl => "zpl",
        PrinterLanguage.Tspl => "tspl",
        _ => "escpos",
    };
}
