using System.Text;
using PackStation.Domain.Ports;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Printers;
using PackStation.Hardware.Printers.Transports;
using PackStation.Hardware.Printers.Zpl;
using PackStation.Packing.Printing;
using PackStation.TestKit.Printers;
using PackStation.TestKit.Stores;

namespace PackStation.Packing.Tests.Printing;

/// <summary>The print queue over the test kit's store and a TCP 9100 printer played by the test.</summary>
public sealed class PrintQueueTests : IAsyncLifetime, IDisposable
{
    private const string Key = "S01/printer";
    private static readonly byte[] Label = Encoding.ASCII.GetBytes("^XA^CI28^FO50,50^A0N,40,40^FDZT7312000001^FS^BCN,100,Y,N,N^FDZT7312000001^FS^XZ");
    private static readonly PrintQueueOptions Fast = new() { FaultPollInterval = TimeSpan.FromMilliseconds(50), IdlePollInterval = TimeSpan.FromMilliseconds(50) };
    private readonly CancellationTokenSource _stop = new();
    private StoreFixture _fixture = null!;
    private IPrintJobStore _store = null!;

    public async Task InitializeAsync()
    {
        _fixture = await StoreFixture.CreateAsync(clock: TimeProvider.System);
        _store = _fixture.PrintJobs;
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await _fixture.DisposeAsync();
    }

    public void Dispose() => _stop.Dispose();

    [Fact]
    public async Task RunAsync_PaperOutBeforeJob_HoldsThenPrintsOnceWhenCleared()
    {
        await using var fake = new FakeTcpPrinter(FakePrinterLanguage.Zpl, "^XZ") { Fault = "paper-out" };
        using var queue = Queue(fake);
        var running = queue.RunAsync(_stop.Token);
        var job = await queue.EnqueueAsync(PrintJobKind.Label, Label, "TB-1", "S01", CancellationToken.None);

        await WaitUntil(() => queue.State.HeldBy == "paper-out");
        Assert.Empty(fake.Printed);
        Assert.Equal(PrintJobState.Queued, (await _store.GetAsync(job.Id, CancellationToken.None))!.State);

        fake.ClearFault();
        await WaitForStateAsync(job.Id, PrintJobState.Done);
        Assert.Equal(Label, Assert.Single(fake.Printed));
        Assert.False(queue.State.IsHeld);
        await StopAsync(running);
    }

    [Fact]
    public async Task RunAsync_PaperOutMidJobThenCleared_ExactlyOneCompleteJob()
    {
        await using var fake = new FakeTcpPrinter(FakePrinterLanguage.Zpl, "^XZ") { PauseAfterJobBytes = Label.Length / 2 };
        using var queue = Queue(fake);
        var running = queue.RunAsync(_stop.Token);
        var job = await queue.EnqueueAsync(PrintJobKind.Label, Label, "TB-1", "S01", CancellationToken.None);

        await WaitUntil(() => fake.IsPaused);
        Assert.Equal(PrintJobState.Sending, (await _store.GetAsync(job.Id, CancellationToken.None))!.State);
        fake.ClearFault();
        await WaitForStateAsync(job.Id, PrintJobState.Done);

        Assert.Equal(Label, Assert.Single(fake.Printed));
        Assert.Equal(0, fake.DiscardedBytes);
        await StopAsync(running);
    }

    [Fact]
    public async Task RunAsync_ConnectionDroppedMidJob_SendsAgainAndPrintsOnce()
    {
        // Larger than what the kernel's socket buffers on both ends can hold (at most 4 MB + 6 MB on loopback): the
        // printer's drop must reach the sender while it is still writing, or the job would count as written, not cut off.
        var big = Encoding.ASCII.GetBytes("^XA^FO0,0^GFA,16000000,16000000,100," + new string('0', 16_000_000) + "^FS^XZ");
        await using var fake = new FakeTcpPrinter(FakePrinterLanguage.Zpl, "^XZ") { DropAfterJobBytes = 5000 };
        using var queue = Queue(fake);
        var running = queue.RunAsync(_stop.Token);
        var job = await queue.EnqueueAsync(PrintJobKind.Label, big, "TB-1", "S01", CancellationToken.None);

        // 16 MB through the fake twice: on a loaded 2-core machine this takes far longer than the other cases.
        var done = await WaitForStateAsync(job.Id, PrintJobState.Done, TimeSpan.FromMinutes(3));
        Assert.Equal(2, done.Attempts);
        Assert.Equal(big.Length, Assert.Single(fake.Printed).Length);
        await StopAsync(running);
    }

    [Fact]
    public async Task RunAsync_JobLeftSendingByACrash_IsFailedAndNeverResent()
    {
        await using var fake = new FakeTcpPrinter(FakePrinterLanguage.Zpl, "^XZ");
        var crashed = await _store.EnqueueAsync(new NewPrintJob(Key, PrintJobKind.Label, Label), DateTimeOffset.UtcNow, CancellationToken.None);
        await _store.MarkSendingAsync(crashed.Id, DateTimeOffset.UtcNow, CancellationToken.None);

        using var queue = Queue(fake);
        var running = queue.RunAsync(_stop.Token);
        var next = await queue.EnqueueAsync(PrintJobKind.Slip, Encoding.ASCII.GetBytes("^XA^FDslip^FS^XZ"), null, "S01", CancellationToken.None);
        await WaitForStateAsync(next.Id, PrintJobState.Done);

        var failed = await _store.GetAsync(crashed.Id, CancellationToken.None);
        Assert.Equal(PrintJobState.Failed, failed!.State);
        Assert.Contains("reprint", failed.LastError, StringComparison.Ordinal);
        Assert.Equal("^XA^FDslip^FS^XZ", Encoding.ASCII.GetString(Assert.Single(fake.Printed)));
        await StopAsync(running);
    }

    [Fact]
    public async Task ReprintAsync_DoneJob_PrintsAgainAsANewJob()
    {
        await using var fake = new FakeTcpPrinter(FakePrinterLanguage.Zpl, "^XZ");
        using var queue = Queue(fake);
        var running = queue.RunAsync(_stop.Token);
        var job = await queue.EnqueueAsync(PrintJobKind.Label, Label, "TB-1", "S01", CancellationToken.None);
        await WaitForStateAsync(job.Id, PrintJobState.Done);

        var reprint = await queue.ReprintAsync(job.Id, CancellationToken.None);
        await WaitForStateAsync(reprint.Id, PrintJobState.Done);

        Assert.Equal(PrintJobKind.Reprint, reprint.Kind);
        Assert.Equal(job.Id, reprint.ReprintOf);
        Assert.Equal([Label, Label], fake.Printed);
        await StopAsync(running);
    }

    [Fact]
    public async Task RunAsync_DeliveryUnconfirmed_FailsWithoutResending()
    {
        var printer = new UnconfirmingPrinter();
        using var queue = new PrintQueue(Key, printer, _store, Fast);
        var running = queue.RunAsync(_stop.Token);
        var job = await queue.EnqueueAsync(PrintJobKind.Label, Label, "TB-1", "S01", CancellationToken.None);

        var failed = await WaitForStateAsync(job.Id, PrintJobState.Failed);
        Assert.Contains("unconfirmed", failed.LastError, StringComparison.Ordinal);
        await Task.Delay(200);
        Assert.Equal(1, printer.Sends);
        await StopAsync(running);
    }

    private PrintQueue Queue(FakeTcpPrinter fake) =>
        new(Key, new TransportPrinter(new TcpPrinterTransport(TcpPrinterOptions.Parse(fake.HostAndPort)), new ZplStatusReader(), PrinterLanguage.Zpl, TimeSpan.FromSeconds(5), confirmTimeout: TimeSpan.FromSeconds(30)), _store, Fast);

    private async Task<PrintJob> WaitForStateAsync(long id, PrintJobState state, TimeSpan? guard = null)
    {
        PrintJob? job = null;
        await WaitUntil(() =>
        {
            job = _store.GetAsync(id, CancellationToken.None).GetAwaiter().GetResult();
            return job?.State == state;
        }, guard);
        return job!;
    }

    private async Task StopAsync(Task running)
    {
        await _stop.CancelAsync();
        try
        {
            await running.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
            // Stopping by cancellation either ends the loop or surfaces the cancellation: both are a clean stop.
        }
    }

    private static async Task WaitUntil(Func<bool> condition, TimeSpan? guard = null)
    {
        using var deadline = new CancellationTokenSource(guard ?? TimeSpan.FromSeconds(30));
        while (!condition())
            await Task.Delay(20, deadline.Token);
    }

    /// <summary>Writes every byte but never hears back afterwards.</summary>
    private sealed class UnconfirmingPrinter : IPrinter
    {
        public int Sends { get; private set; }

        public string Name => "unconfirming";

        public PrinterLanguage Language => PrinterLanguage.Zpl;

        public DeviceHealth Health => DeviceHealth.Connected;

        public event EventHandler<DeviceHealth>? HealthChanged { add { } remove { } }

        public Task<PrinterStatus> QueryStatusAsync(CancellationToken cancellationToken) => Task.FromResult(PrinterStatus.ReadyToPrint);

        public Task SendAsync(ReadOnlyMemory<byte> job, CancellationToken cancellationToken)
        {
            Sends++;
            throw new PrintUnconfirmedException("no reply after the job");
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
