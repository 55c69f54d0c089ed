using System.Text.Json.Nodes;
using PackStation.Hardware.Printers;
using PackStation.Hardware.Printers.Component;
using PackStation.TestKit.Components;

namespace PackStation.Hardware.Tests.Printers.Component;

/// <summary>The host-side component client against the fake component over real WebSockets on localhost.</summary>
public sealed class ComponentPrinterTests : IAsyncLifetime, IAsyncDisposable
{
    private const string Contents =
        """[{"encryptedData":"AES:c2VjcmV0","signature":"MD:1f2e","templateURL":"http://cloudprint.cainiao.com/template/standard/101","ver":"waybill_print_secret_version_1"},""" +
        """{"templateURL":"http://cloudprint.cainiao.com/template/customArea/1","data":{"orderId":"TB-3391028845"}}]""";

    private FakePrintComponent _component = null!;
    private ComponentPrinter _printer = null!;

    public async Task InitializeAsync()
    {
        _component = new FakePrintComponent();
        await _component.StartAsync();
        _printer = Open(_component, TimeSpan.FromSeconds(5));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _printer.DisposeAsync();
        await _component.DisposeAsync();
    }

    private static ComponentPrinter Open(FakePrintComponent component, TimeSpan resultTimeout, string printer = "菜鸟打印机 KM-118") =>
        new(ComponentEndpoint.Parse(component.HostPort, secure: false, printer, 13528, 13529) with { ResultTimeout = resultTimeout, ReplyTimeout = TimeSpan.FromSeconds(5) });

    private static ComponentJob Job(int attempt) => new("ps-41", attempt, "ZTO73100001", Contents);

    [Fact]
    public async Task QueryStatus_PrinterTheComponentHas_ReadyAndListed()
    {
        var status = await _printer.QueryStatusAsync(CancellationToken.None);
        var printers = await _printer.GetPrintersAsync(CancellationToken.None);

        Assert.True(status.Ready);
        Assert.Equal(["菜鸟打印机 KM-118", "Microsoft Print to PDF"], printers.Select(p => p.Name));
        Assert.True(printers[0].IsDefault);
    }

    [Fact]
    public async Task QueryStatus_PrinterNameTheComponentLacks_OfflineNamingIt()
    {
        await using var printer = Open(_component, TimeSpan.FromSeconds(5), "HPRT N41");

        var status = await printer.QueryStatusAsync(CancellationToken.None);

        Assert.False(status.Ready);
        Assert.Contains("no printer \"HPRT N41\"", status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintTask_ComponentReportsPrinted_OneTaskOneDocumentEncryptedAreaFirst()
    {
        await _printer.PrintTaskAsync(Job(1), CancellationToken.None);

        var label = Assert.Single(_component.PrintedLabels);
        Assert.Equal(("ps-41-1", "ZTO73100001", "菜鸟打印机 KM-118"), (label.TaskId, label.DocumentId, label.Printer));
        Assert.Equal("AES:c2VjcmV0", label.Contents[0]!["encryptedData"]!.GetValue<string>());
        Assert.Equal("TB-3391028845", label.Contents[1]!["data"]!["orderId"]!.GetValue<string>());
        var print = JsonNode.Parse(_component.Received.Single(r => r.Contains("\"print\"", StringComparison.Ordinal)))!;
        Assert.Equal("1.0", print["version"]!.GetValue<string>());
        Assert.Single(print["task"]!["documents"]!.AsArray());
        Assert.False(print["task"]!["preview"]!.GetValue<bool>());
    }

    [Fact]
    public async Task PrintTask_TaskFails_HeldWithTheComponentsReasonNextAttemptPrintsOnce()
    {
        _component.Next(FakeComponentMode.Fail);

        var e = await Assert.ThrowsAsync<PrinterNotReadyException>(() => _printer.PrintTaskAsync(Job(1), CancellationToken.None));
        await _printer.PrintTaskAsync(Job(2), CancellationToken.None);

        Assert.Equal(ComponentPrinter.Failed, e.Status.Fault);
        Assert.Contains("打印机缺纸", e.Status.Detail, StringComparison.Ordinal);
        Assert.Equal("ps-41-2", Assert.Single(_component.PrintedLabels).TaskId);
    }

    [Fact]
    public async Task PrintTask_NeverReported_HeldAsNoResultAfterTheTimeout()
    {
        await using var printer = Open(_component, TimeSpan.FromSeconds(1));
        _component.Next(FakeComponentMode.Silent);

        var e = await Assert.ThrowsAsync<PrinterNotReadyException>(() => printer.PrintTaskAsync(Job(1), CancellationToken.None));

        Assert.Equal(ComponentPrinter.NoResult, e.Status.Fault);
        Assert.Contains("ps-41-1", e.Status.Detail, StringComparison.Ordinal);
        Assert.Empty(_component.PrintedLabels);
    }

    [Fact]
    public async Task PrintTask_ComponentRestartsAfterPrintingBeforeReporting_AskedOnReconnectNotSentAgain()
    {
        _component.Next(FakeComponentMode.RestartAfterPrint);

        var e = await Assert.ThrowsAsync<PrinterNotReadyException>(() => _printer.PrintTaskAsync(Job(1), CancellationToken.None));
        await WaitForRestartAsync();
        await _printer.PrintTaskAsync(Job(2), CancellationToken.None);

        Assert.Equal(PrinterFaults.Offline, e.Status.Fault);
        Assert.Equal("ps-41-1", Assert.Single(_component.PrintedLabels).TaskId);
        Assert.Null(_component.Task("ps-41-2"));
        Assert.Contains(_component.Received, r => r.Contains("getTaskStatus", StringComparison.Ordinal) && r.Contains("ps-41-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PrintTask_ComponentRestartsBeforePrinting_TaskLostSentAgainPrintedOnce()
    {
        _component.Next(FakeComponentMode.RestartBeforePrint);

        await Assert.ThrowsAsync<PrinterNotReadyException>(() => _printer.PrintTaskAsync(Job(1), CancellationToken.None));
        await WaitForRestartAsync();
        await _printer.PrintTaskAsync(Job(2), CancellationToken.None);

        Assert.Equal("ps-41-2", Assert.Single(_component.PrintedLabels).TaskId);
    }

    [Fact]
    public async Task QueryStatusAndPrint_ComponentNotRunning_OfflineSayingSo()
    {
        await _component.StopAsync();

        var status = await _printer.QueryStatusAsync(CancellationToken.None);
        var e = await Assert.ThrowsAsync<PrinterNotReadyException>(() => _printer.PrintTaskAsync(Job(1), CancellationToken.None));

        Assert.Contains("not running", status.Detail, StringComparison.Ordinal);
        Assert.Equal(PrinterFaults.Offline, e.Status.Fault);
    }

    [Fact]
    public async Task QueryStatus_ComponentAnswersGarbage_OfflineSayingItIsNotTheProtocol()
    {
        _component.AnswerGarbage = true;
        await using var printer = new ComponentPrinter(
            ComponentEndpoint.Parse(_component.HostPort, false, "", 13528, 13529) with { ReplyTimeout = TimeSpan.FromSeconds(1) });

        var status = await printer.QueryStatusAsync(CancellationToken.None);

        Assert.False(status.Ready);
        Assert.Contains("not its protocol", status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintTask_ResultForATaskNobodySent_IgnoredTheRealOneCompletes()
    {
        _component.PrintTime = TimeSpan.FromMilliseconds(500);
        var printing = _printer.PrintTaskAsync(Job(1), CancellationToken.None);
        await Task.Delay(100);

        await _component.NotifyUnknownTaskAsync();
        await printing;

        Assert.Single(_component.PrintedLabels);
    }

    [Fact]
    public async Task PrintTask_PinduoduoComponent_PrintResultNotifyCounts()
    {
        await using var pdd = new FakePrintComponent("PrintResultNotify");
        await pdd.StartAsync();
        await using var printer = Open(pdd, TimeSpan.FromSeconds(5));

        await printer.PrintTaskAsync(Job(1), CancellationToken.None);

        Assert.Single(pdd.PrintedLabels);
    }

    [Theory]
    [InlineData("10.0.0.7", false, "ws://10.0.0.7:13528/")]
    [InlineData("10.0.0.7", true, "wss://10.0.0.7:13529/")]
    [InlineData("localhost:5000", false, "ws://localhost:5000/")]
    public void Parse_HostWithAndWithoutPort_DefaultPortPerScheme(string host, bool secure, string expected) =>
        Assert.Equal(expected, ComponentEndpoint.Parse(host, secure, "", 13528, 13529).Address.ToString());

    private async Task WaitForRestartAsync()
    {
        for (var i = 0; i < 100 && _component.Restarts == 0; i++)
            await Task.Delay(50);
        await Task.Delay(500);
    }
}
