using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Domain.Ports;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Printers;
using PackStation.Hardware.Printers.Component;

namespace PackStation.Packing.Printing;

/// <summary>
/// One printer's durable queue. Jobs are stored first, then sent one at a time, oldest first, only while the printer
/// reports ready; while it reports a fault the queue is held (<see cref="State"/> says why) and resumes by itself when
/// the fault clears. Policy (docs/hardware.md "## Printers"): a job is done once the printer has all of it; a job cut
/// off part-way is sent again from the start; a job whose delivery cannot be confirmed, or that was being sent when
/// the process stopped, is failed and never re-sent by itself — only an explicit <see cref="ReprintAsync"/> prints it
/// again, as a new job. A platform print component (<see cref="ITaskPrinter"/>) gets the job as a task and the job is
/// done only when the component reports it printed; each attempt is a task of its own, and the component is asked
/// about the earlier ones before another is sent, so a parcel prints once.
/// </summary>
public sealed class PrintQueue : IDisposable
{
    private readonly IPrinter _printer;
    private readonly IPrintJobStore _store;
    private readonly PrintQueueOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _wake = new(0, int.MaxValue);
    private PrintQueueState _state = PrintQueueState.Idle;

    public PrintQueue(string printerKey, IPrinter printer, IPrintJobStore store, PrintQueueOptions? options = null, TimeProvider? clock = null, ILogger? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(printerKey);
        ArgumentNullException.ThrowIfNull(printer);
        ArgumentNullException.ThrowIfNull(store);
        PrinterKey = printerKey;
        _printer = printer;
        _store = store;
        _options = options ?? new PrintQueueOptions();
        _clock = clock ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
    }

    public string PrinterKey { get; }

    public PrintQueueState State => Volatile.Read(ref _state);

    public event EventHandler<PrintQueueState>? StateChanged;

    /// <summary>A job of this queue reached an end state: <see cref="PrintJobState.Done"/> or <see cref="PrintJobState.Failed"/>.</summary>
    public event EventHandler<PrintJob>? JobFinished;

    /// <summary>Stores the job (durable before this returns) and wakes the queue.</summary>
    public Task<PrintJob> EnqueueAsync(PrintJobKind kind, byte[] bytes, string? orderId, string? station, CancellationToken cancellationToken) =>
        EnqueueAsync(new NewPrintJob(PrinterKey, kind, bytes) { OrderId = orderId, Station = station }, cancellationToken);

    /// <summary>Stores the job (durable before this returns) and wakes the queue. The job must name this queue's printer.</summary>
    public async Task<PrintJob> EnqueueAsync(NewPrintJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.Printer != PrinterKey)
            throw new ArgumentException($"The job is for printer {job.Printer}, not {PrinterKey}.", nameof(job));
        var stored = await _store.EnqueueAsync(job, _clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        Wake();
        return stored;
    }

    /// <summary>Withdraws a job nobody has started sending (its order left the station). False when it is already being sent or done.</summary>
    public Task<bool> CancelAsync(long jobId, string reason, CancellationToken cancellationToken) =>
        _store.CancelQueuedAsync(jobId, reason, cancellationToken);

    /// <summary>Look in the store now instead of at the next poll (a job was queued elsewhere, or the printer may be ready again).</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0)
            _wake.Release();
    }

    /// <summary>An explicit reprint: a new job with the same bytes as <paramref name="jobId"/>.</summary>
    public async Task<PrintJob> ReprintAsync(long jobId, CancellationToken cancellationToken)
    {
        var original = await _store.GetAsync(jobId, cancellationToken).ConfigureAwait(false)
            ?? throw new ArgumentException($"There is no print job {jobId}.", nameof(jobId));
        var job = await _store.EnqueueAsync(
            new NewPrintJob(original.Printer, PrintJobKind.Reprint, original.Bytes)
            {
                OrderId = original.OrderId, Station = original.Station, ReprintOf = original.Id, TrackingNumber = original.TrackingNumber,
            },
            _clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        Wake();
        return job;
    }

    /// <summary>Runs until cancelled: recovers jobs a crash left mid-send, then prints.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var interrupted = await _store.FailInterruptedAsync(PrinterKey,
            "interrupted by a restart while being sent: check the printer and reprint if the label is missing", cancellationToken).ConfigureAwait(false);
        if (interrupted > 0)
            _logger.InterruptedAtStart(interrupted, PrinterKey);

        while (!cancellationToken.IsCancellationRequested)
        {
            var job = await _store.GetNextAsync(PrinterKey, cancellationToken).ConfigureAwait(false);
            if (job is null)
            {
                Publish(PrintQueueState.Idle);
                await WaitAsync(_options.IdlePollInterval, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var status = await _printer.QueryStatusAsync(cancellationToken).ConfigureAwait(false);
            if (!status.Ready)
            {
                Hold(HoldText(status));
                await WaitAsync(_options.FaultPollInterval, cancellationToken).ConfigureAwait(false);
                continue;
            }

            await SendAsync(job, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SendAsync(PrintJob job, CancellationToken cancellationToken)
    {
        if (!await _store.MarkSendingAsync(job.Id, _clock.GetUtcNow(), cancellationToken).ConfigureAwait(false))
            return; // another host took it
        Publish(new PrintQueueState(await CountWaitingAsync(cancellationToken).ConfigureAwait(false), null, job.Id));
        try
        {
            if (_printer is ITaskPrinter component)
                await component.PrintTaskAsync(ComponentJobOf(job), cancellationToken).ConfigureAwait(false);
            else
                await _printer.SendAsync(job.Bytes, cancellationToken).ConfigureAwait(false);
            await _store.MarkDoneAsync(job.Id, _clock.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            _logger.Printed(job.Id, job.Kind, PrinterKey);
            JobFinished?.Invoke(this, job with { State = PrintJobState.Done, Attempts = job.Attempts + 1 });
        }
        catch (PrinterNotReadyException e)
        {
            // Nothing was sent (or a component did not print it): back in the queue, held until the fault clears.
            await _store.MarkQueuedAsync(job.Id, e.Message, CancellationToken.None).ConfigureAwait(false);
            Hold(HoldText(e.Status));
            // A component that did not print a task reports ready again at once: give it the fault interval.
            if (_printer is ITaskPrinter)
                await WaitAsync(_options.FaultPollInterval, cancellationToken).ConfigureAwait(false);
        }
        catch (PrintInterruptedException e)
        {
            if (job.Attempts + 1 >= _options.MaxInterruptedAttempts)
            {
                await FailAsync(job, $"cut off {job.Attempts + 1} times; last: {e.Message}").ConfigureAwait(false);
            }
            else
            {
                _logger.Requeued(job.Id, PrinterKey, e.Message);
                await _store.MarkQueuedAsync(job.Id, e.Message, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (PrintUnconfirmedException e)
        {
            await FailAsync(job, "unconfirmed (" + e.Message + "): check the printer and reprint if the label is missing").ConfigureAwait(false);
        }
        catch (DeviceException e)
        {
            await _store.MarkQueuedAsync(job.Id, e.Message, CancellationToken.None).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down part-way: whether the printer got all of it is unknown, so it is not re-sent at start-up.
            await FailAsync(job, "interrupted by shutdown while being sent: check the printer and reprint if the label is missing").ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// A job as a component task: a key unique to the job (its id and creation time, so a new store never reuses a
    /// task id the component remembers) and the attempt being made now, so earlier attempts can be asked about.
    /// </summary>
    private static ComponentJob ComponentJobOf(PrintJob job) => new(
        string.Create(CultureInfo.InvariantCulture, $"ps{job.Id}-{job.CreatedAt.ToUnixTimeMilliseconds():x}"),
        job.Attempts + 1, job.TrackingNumber ?? string.Create(CultureInfo.InvariantCulture, $"job{job.Id}"), Encoding.UTF8.GetString(job.Bytes))
    {
        Station = job.Station,
    };

    private async Task FailAsync(PrintJob job, string reason)
    {
        _logger.Failed(job.Id, PrinterKey, reason);
        await _store.MarkFailedAsync(job.Id, reason, CancellationToken.None).ConfigureAwait(false);
        JobFinished?.Invoke(this, job with { State = PrintJobState.Failed, Attempts = job.Attempts + 1, LastError = reason });
    }

    /// <summary>A printer's fault slug ("paper-out"); a print component's with its reason in words, which is what a packer needs.</summary>
    private string HoldText(PrinterStatus status)
    {
        var fault = status.Fault ?? PrinterFaults.Offline;
        return _printer is ITaskPrinter && status.Detail is { Length: > 0 } detail ? $"{fault}: {detail}" : fault;
    }

    private void Hold(string fault)
    {
        if (State.HeldBy != fault)
            _logger.Held(PrinterKey, fault);
        Publish(State with { HeldBy = fault, SendingJob = null });
    }

    private void Publish(PrintQueueState state)
    {
        var previous = Interlocked.Exchange(ref _state, state);
        if (previous.IsHeld && !state.IsHeld)
            _logger.Resumed(PrinterKey);
        if (previous != state)
            StateChanged?.Invoke(this, state);
    }

    /// <summary>The jobs still queued plus the one being sent (a count: a batch of waybills is not read back per job).</summary>
    private async Task<int> CountWaitingAsync(CancellationToken cancellationToken) =>
        await _store.CountQueuedAsync(PrinterKey, cancellationToken).ConfigureAwait(false) + 1;

    private async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = new CancellationTokenSource(timeout, _clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            await _wake.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval passed: look in the store again (another process may have queued a job).
        }
    }

    public void Dispose() => _wake.Dispose();
}
