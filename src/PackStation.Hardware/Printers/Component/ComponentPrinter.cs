using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Hardware.Devices;

namespace PackStation.Hardware.Printers.Component;

/// <summary>
/// A platform print component as a station printer. Ready when the component answers <c>getPrinters</c> and has the
/// named printer. A job goes out as one <c>print</c> task and counts as printed only when the component reports it
/// (<c>notifyPrintResult</c> / <c>PrintResultNotify</c>). Exactly once: before a later attempt of the same job is
/// sent, the component is asked (<c>getTaskStatus</c>) about every earlier attempt; one that printed ends the job,
/// one still pending is waited for, and only when none printed or is pending is a new task sent. A failure, a
/// timeout or a lost connection throws <see cref="PrinterNotReadyException"/> with the reason (the queue holds the
/// job, as for paper out). Raw bytes are refused: the queue gives it <see cref="ComponentJob"/>s.
/// </summary>
public sealed class ComponentPrinter : ITaskPrinter
{
    public const string Failed = "component-failed";
    public const string NoResult = "component-no-result";
    private readonly PrintComponentClient _client;
    private readonly ComponentEndpoint _endpoint;
    private readonly HealthTracker _health;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TimeProvider _clock;

    public ComponentPrinter(ComponentEndpoint endpoint, TimeProvider? clock = null, ILogger? logger = null)
    {
        _endpoint = endpoint ?? throw new ArgumentNullException(nameof(endpoint));
        _clock = clock ?? TimeProvider.System;
        _client = new PrintComponentClient(endpoint.Address, logger ?? NullLogger.Instance);
        _health = new HealthTracker(this, DeviceHealth.Disconnected("not asked yet"));
    }

    public string Name => _endpoint.PrinterName.Length > 0 ? $"{_endpoint.PrinterName} at {_endpoint.Address}" : _endpoint.Address.ToString();

    public PrinterLanguage Language => PrinterLanguage.Component;

    public DeviceHealth Health => _health.Current;

    public event EventHandler<DeviceHealth>? HealthChanged
    {
        add => _health.Changed += value;
        remove => _health.Changed -= value;
    }

    /// <summary>The component's printers (for <c>packstation devices</c>).</summary>
    public Task<IReadOnlyList<ComponentPrinterInfo>> GetPrintersAsync(CancellationToken cancellationToken) =>
        _client.GetPrintersAsync(_endpoint.ReplyTimeout, cancellationToken);

    public async Task<PrinterStatus> QueryStatusAsync(CancellationToken cancellationToken)
    {
        PrinterStatus status;
        try
        {
            var printers = await GetPrintersAsync(cancellationToken);
            var wanted = _endpoint.PrinterName;
            var printer = wanted.Length == 0 ? printers.FirstOrDefault(p => p.IsDefault) ?? (printers.Count > 0 ? printers[0] : null)
                : printers.FirstOrDefault(p => string.Equals(p.Name, wanted, StringComparison.Ordinal));
            status = printer is null ? PrinterStatus.Faulted(PrinterFaults.Offline, $"the print component has no printer \"{wanted}\"")
                : !printer.Enabled ? PrinterStatus.Faulted(PrinterFaults.Offline, $"the print component reports printer \"{printer.Name}\" disabled")
                : PrinterStatus.ReadyToPrint;
        }
        catch (DeviceException e)
        {
            status = PrinterStatus.Faulted(PrinterFaults.Offline, e.Message);
        }

        _health.Set(status.Ready ? DeviceHealth.Connected : DeviceHealth.Fault(status.Fault ?? PrinterFaults.Offline));
        return status;
    }

    public Task SendAsync(ReadOnlyMemory<byte> job, CancellationToken cancellationToken) =>
        throw new NotSupportedException("A print component takes e-waybill tasks, not printer bytes.");

    public async Task PrintTaskAsync(ComponentJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var earlier = Enumerable.Range(1, Math.Max(0, job.Attempt - 1)).Select(job.TaskIdFor).ToList();
            var result = await Guarded(() => EarlierAttemptAsync(earlier, cancellationToken))
                ?? await Guarded(() => SendNewAsync(job, cancellationToken));
            if (result!.State != ComponentTaskState.Printed)
                throw NotReady(Failed, $"the print component did not print {job.DocumentId}: {result.Message ?? "no reason given"}");
            _health.Set(DeviceHealth.Connected);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The result of an earlier attempt that printed or is still pending (waited for); null when none did.</summary>
    private async Task<ComponentTaskStatus?> EarlierAttemptAsync(List<string> earlier, CancellationToken cancellationToken)
    {
        if (earlier.Count == 0)
            return null;
        var statuses = await _client.GetTaskStatusAsync(earlier, _endpoint.ReplyTimeout, cancellationToken);
        if (statuses.FirstOrDefault(s => s.State == ComponentTaskState.Printed) is { } printed)
            return printed;
        if (statuses.LastOrDefault(s => s.State == ComponentTaskState.Pending) is not { } pending)
            return null;
        // Still in the component's queue: ask again until it ends or the result timeout passes.
        var deadline = _clock.GetUtcNow() + _endpoint.ResultTimeout;
        while (_clock.GetUtcNow() < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), _clock, cancellationToken);
            var now = (await _client.GetTaskStatusAsync([pending.TaskId], _endpoint.ReplyTimeout, cancellationToken))[0];
            if (now.State != ComponentTaskState.Pending)
                return now.State == ComponentTaskState.Unknown ? null : now;
        }

        throw NotReady(NoResult, $"task {pending.TaskId} is still not printed after {_endpoint.ResultTimeout.TotalSeconds:0} s");
    }

    private async Task<ComponentTaskStatus?> SendNewAsync(ComponentJob job, CancellationToken cancellationToken)
    {
        var task = new ComponentTask(job.TaskIdFor(job.Attempt), job.DocumentId, job.ContentsJson);
        var result = await _client.SubmitAsync(_endpoint.PrinterName, task, _endpoint.ReplyTimeout, cancellationToken);
        try
        {
            return await result.WaitAsync(_endpoint.ResultTimeout, _clock, cancellationToken);
        }
        catch (TimeoutException)
        {
            _client.Forget(task.TaskId);
            throw NotReady(NoResult, $"the print component did not report task {task.TaskId} within {_endpoint.ResultTimeout.TotalSeconds:0} s");
        }
    }

    /// <summary>Connection and protocol failures become "not ready" with their reason, so the queue holds the job.</summary>
    private async Task<ComponentTaskStatus?> Guarded(Func<Task<ComponentTaskStatus?>> step)
    {
        try
        {
            return await step();
        }
        catch (DeviceDisconnectedException e)
        {
            throw NotReady(PrinterFaults.Offline, e.Message);
        }
        catch (ComponentProtocolException e)
        {
            throw NotReady(Failed, e.Message);
        }
    }

    private PrinterNotReadyException NotReady(string fault, string detail)
    {
        _health.Set(DeviceHealth.Fault(fault));
        return new PrinterNotReadyException(PrinterStatus.Faulted(fault, detail), Name);
    }

    public async ValueTask DisposeAsync()
    {
        await _client.DisposeAsync();
        _gate.Dispose();
    }
}
