using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Printers.Transports;

namespace PackStation.Hardware.Printers;

/// <summary>
/// The "printer" half of the emitter/printer split: delivers a finished byte stream over a transport, asking the
/// printer's status in its own language first and after. A job is sent only while the status says ready
/// (<see cref="PrinterNotReadyException"/> otherwise, nothing sent). It is written in chunks and the writes wait for
/// the printer (it prints at its own speed); a status reply after the last byte proves the printer has the whole job
/// (replies come back in order), else <see cref="PrintUnconfirmedException"/>. A connection lost part-way throws
/// <see cref="PrintInterruptedException"/>. One operation at a time.
/// </summary>
public sealed class TransportPrinter : IPrinter
{
    private const int ChunkBytes = 4096;
    private readonly IPrinterTransport _transport;
    private readonly IPrinterStatusReader _status;
    private readonly TimeSpan _replyTimeout;
    private readonly TimeSpan _confirmTimeout;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly HealthTracker _health;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <param name="replyTimeout">How long a status reply may take before the printer counts as offline.</param>
    /// <param name="confirmTimeout">
    /// How long the status reply after a job may take: a printer that ran out of paper part-way stops reading, and
    /// answers once the paper is back (default two minutes).
    /// </param>
    public TransportPrinter(IPrinterTransport transport, IPrinterStatusReader status, PrinterLanguage language, TimeSpan replyTimeout, TimeProvider? clock = null, ILogger<TransportPrinter>? logger = null, TimeSpan? confirmTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(status);
        _transport = transport;
        _status = transport.CanRead ? status : NoStatusReader.Instance;
        Language = language;
        _replyTimeout = replyTimeout > TimeSpan.Zero ? replyTimeout : TimeSpan.FromSeconds(1);
        _confirmTimeout = confirmTimeout is { } confirm && confirm > _replyTimeout ? confirm : TimeSpan.FromMinutes(2);
        _clock = clock ?? TimeProvider.System;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _health = new HealthTracker(this, DeviceHealth.Disconnected("not asked yet"));
    }

    public string Name => _transport.Name;

    public PrinterLanguage Language { get; }

    public DeviceHealth Health => _health.Current;

    public event EventHandler<DeviceHealth>? HealthChanged
    {
        add => _health.Changed += value;
        remove => _health.Changed -= value;
    }

    public async Task<PrinterStatus> QueryStatusAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var status = await AskAsync(cancellationToken).ConfigureAwait(false);
            if (_transport.CanRead)
                await _transport.EndJobAsync().ConfigureAwait(false);
            return status;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task SendAsync(ReadOnlyMemory<byte> job, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var before = await AskAsync(cancellationToken).ConfigureAwait(false);
            if (!before.Ready)
                throw new PrinterNotReadyException(before, Name);

            long sent = 0;
            try
            {
                while (sent < job.Length)
                {
                    var chunk = job.Slice((int)sent, (int)Math.Min(ChunkBytes, job.Length - sent));
                    await _transport.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
                    sent += chunk.Length;
                }
            }
            catch (DeviceException e)
            {
                _logger.JobInterrupted(Name, sent, job.Length, e.Message);
                Report(PrinterStatus.Faulted(PrinterFaults.Offline, e.Message));
                throw new PrintInterruptedException(sent, job.Length, $"Printer {Name}: connection lost after {sent} of {job.Length} bytes: {e.Message}", e);
            }

            if (_transport.CanRead)
            {
                var after = await TryAskAfterJobAsync(cancellationToken).ConfigureAwait(false);
                if (after is null)
                {
                    _logger.JobUnconfirmed(Name, job.Length);
                    throw new PrintUnconfirmedException($"Printer {Name}: all {job.Length} bytes were written but the printer did not answer the status query after them.");
                }
            }

            _logger.JobDelivered(Name, job.Length);
        }
        finally
        {
            await _transport.EndJobAsync().ConfigureAwait(false);
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _transport.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }

    /// <summary>Opens if needed and asks; unreachable or silent printers are "offline".</summary>
    private async Task<PrinterStatus> AskAsync(CancellationToken cancellationToken)
    {
        PrinterStatus status;
        try
        {
            // The transport bounds its own open (TCP connect timeout, serial open timeout); the reply deadline starts after it.
            await _transport.OpenAsync(cancellationToken).ConfigureAwait(false);
            _transport.DiscardInput();
            using var deadline = new CancellationTokenSource(_replyTimeout, _clock);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
            status = await _status.QueryAsync(_transport, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            status = PrinterStatus.Faulted(PrinterFaults.Offline, $"no status reply within {_replyTimeout}");
        }
        catch (DeviceException e)
        {
            _logger.Unreachable(Name, e.Message);
            status = PrinterStatus.Faulted(PrinterFaults.Offline, e.Message);
        }

        Report(status);
        return status;
    }

    /// <summary>The confirmation after a job: any reply (even "paper out") proves delivery; null when none came.</summary>
    private async Task<PrinterStatus?> TryAskAfterJobAsync(CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(_confirmTimeout, _clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var status = await _status.QueryAsync(_transport, linked.Token).ConfigureAwait(false);
            Report(status);
            return status;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Report(PrinterStatus.Faulted(PrinterFaults.Offline, "no reply after the job"));
            return null;
        }
        catch (DeviceException e)
        {
            Report(PrinterStatus.Faulted(PrinterFaults.Offline, e.Message));
            return null;
        }
    }

    private void Report(PrinterStatus status)
    {
        var health = status.Ready ? DeviceHealth.Connected : DeviceHealth.Fault(status.Fault ?? PrinterFaults.Offline);
        if (health != _health.Current)
            _logger.StatusChanged(Name, health.StatusText);
        _health.Set(health);
    }
}
