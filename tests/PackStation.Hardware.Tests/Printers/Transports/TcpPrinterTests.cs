using System.Text;
using PackStation.Hardware.Printers;
using PackStation.Hardware.Printers.EscPos;
using PackStation.Hardware.Printers.Transports;
using PackStation.Hardware.Printers.Zpl;
using PackStation.TestKit.Printers;

namespace PackStation.Hardware.Tests.Printers.Transports;

/// <summary>A TCP 9100 printer played by the test on 127.0.0.1.</summary>
public sealed class TcpPrinterTests
{
    private static readonly byte[] Label = Encoding.ASCII.GetBytes("^XA^CI28^FO50,50^A0N,40,40^FDZT7312^FS^XZ");

    /// <summary>Reply timeouts are generous: the machine running the tests may be busy; only the silent-printer test waits them out.</summary>
    private static TransportPrinter Zebra(FakeTcpPrinter fake, bool keepAlive = false, TimeSpan? reply = null) =>
        new(new TcpPrinterTransport(TcpPrinterOptions.Parse(fake.HostAndPort) with { KeepAlive = keepAlive }), new ZplStatusReader(), PrinterLanguage.Zpl,
            reply ?? TimeSpan.FromSeconds(5), confirmTimeout: TimeSpan.FromSeconds(30));

    [Fact]
    public async Task SendAsync_ReadyPrinter_DeliversExactBytesOnce()
    {
        await using var fake = new FakeTcpPrinter(FakePrinterLanguage.Zpl, "^XZ");
        await using var printer = Zebra(fake);
        await printer.SendAsync(Label, CancellationToken.None);
        await WaitUntil(() => fake.Printed.Count == 1);
        Assert.Equal(Label, Assert.Single(fake.Printed));
        Assert.True(printer.Health.IsUsable);
    }

    [Fact]
    public async Task SendAsync_PaperOut_ThrowsNotReadyAndSendsNothing()
    {
        await using var fake = new FakeTcpPrinter(FakePrinterLanguage.Zpl, "^XZ") { Fault = "paper-out" };
        await using var printer = Zebra(fake);
        var error = await Assert.ThrowsAsync<PrinterNotReadyException>(() => printer.SendAsync(Label, CancellationToken.None));
        Assert.Equal("paper-out", error.Status.Fault);
        Assert.Equal("paper-out", printer.Health.StatusText);
        await Task.Delay(100);
        Assert.Empty(fake.Printed);
        Assert.Equal(0, fake.DiscardedBytes);
    }

    [Fact]
    public async Task QueryStatusAsync_SilentPrinter_IsOffline()
    {
        await using var fake = new FakeTcpPrinter(FakePrinterLanguage.Zpl, "^XZ") { Silent = true };
        await using var printer = Zebra(fake, reply: TimeSpan.FromSeconds(1));
        var status = await printer.QueryStatusAsync(CancellationToken.None);
        Assert.Equal("offline", status.Fault);
    }

    [Fact]
    public async Task QueryStatusAsync_NothingListening_IsOffline()
    {
        int port;
        await using (var fake = new FakeTcpPrinter(FakePrinterLanguage.Zpl, "^XZ"))
            port = fake.Port;
        await using var printer = new TransportPrinter(new TcpPrinterTransport(new TcpPrinterOptions { Host = "127.0.0.1", Port = port }), new ZplStatusReader(), PrinterLanguage.Zpl, TimeSpan.FromSeconds(1));
        var status = await printer.QueryStatusAsync(CancellationToken.None);
        Assert.False(status.Ready);
        Assert.Equal("offline", status.Fault);
    }

    [Fact]
    public async Task SendAsync_PaperOutMidJobThenCleared_ExactlyOneCompleteJob()
    {
        await using var fake = new FakeTcpPrinter(FakePrinterLanguage.Zpl, "^XZ") { PauseAfterJobBytes = 20 };
        await using var printer = Zebra(fake);
        var sending = printer.SendAsync(Label, CancellationToken.None);
        await WaitUntil(() => fake.IsPaused);
        Assert.False(sending.IsCompleted); // the confirmation waits behind the unread job bytes
        fake.ClearFault();
        await sending;
        Assert.Equal(Label, Assert.Single(fake.Printed));
        Assert.Equal(0, fake.DiscardedBytes);
    }

    [Fact]
    public async Task SendAsync_ConnectionDroppedMidJob_ThrowsInterruptedAndResendGivesOneCompleteJob()
    {
        // Larger than the socket buffers on both ends of loopback can hold (4 MB + 6 MB), so the drop is seen mid-write.
        var big = Encoding.ASCII.GetBytes("^XA^FO0,0^GFA,16000000,16000000,100," + new string('0', 16_000_000) + "^FS^XZ");
        await using var fake = new FakeTcpPrinter(FakePrinterLanguage.Zpl, "^XZ") { DropAfterJobBytes = 1000 };
        await using var printer = Zebra(fake);
        var error = await Assert.ThrowsAsync<PrintInterruptedException>(() => printer.SendAsync(big, CancellationToken.None));
        Assert.True(error.BytesSent < big.Length);
        Assert.Empty(fake.Printed);

        await printer.SendAsync(big, CancellationToken.None);
        await WaitUntil(() => fake.Printed.Count == 1);
        Assert.Equal(big.Length, Assert.Single(fake.Printed).Length);
    }

    [Fact]
    public async Task SendAsync_PerJobConnection_OpensOneConnectionPerJob()
    {
        await using var fake = new FakeTcpPrinter(FakePrinterLanguage.Zpl, "^XZ");
        await using var printer = Zebra(fake, keepAlive: false);
        await printer.SendAsync(Label, CancellationToken.None);
        await printer.SendAsync(Label, CancellationToken.None);
        await WaitUntil(() => fake.Printed.Count == 2);
        Assert.Equal(2, fake.Connections);
    }

    [Fact]
    public async Task SendAsync_KeepAlive_ReusesOneConnection()
    {
        await using var fake = new FakeTcpPrinter(FakePrinterLanguage.Zpl, "^XZ");
        await using var printer = Zebra(fake, keepAlive: true);
        await printer.SendAsync(Label, CancellationToken.None);
        await printer.SendAsync(Label, CancellationToken.None);
        await WaitUntil(() => fake.Printed.Count == 2);
        Assert.Equal(1, fake.Connections);
    }

    [Fact]
    public async Task QueryStatusAsync_EscPosCoverOpen_ReportsCoverOpen()
    {
        await using var fake = new FakeTcpPrinter(FakePrinterLanguage.EscPos, "\u001DVB\0") { Fault = "cover-open" };
        await using var printer = new TransportPrinter(new TcpPrinterTransport(TcpPrinterOptions.Parse(fake.HostAndPort)), new EscPosStatusReader(), PrinterLanguage.EscPos, TimeSpan.FromSeconds(5));
        Assert.Equal("cover-open", (await printer.QueryStatusAsync(CancellationToken.None)).Fault);
        Assert.Equal(4, fake.StatusQueries);
    }

    [Theory]
    [InlineData("printer.local", "printer.local", 9100)]
    [InlineData("10.0.0.7:6101", "10.0.0.7", 6101)]
    [InlineData("[fe80::1]:9101", "fe80::1", 9101)]
    [InlineData("fe80::1", "fe80::1", 9100)]
    public void Parse_HostForms_GiveHostAndPort(string text, string host, int port)
    {
        var options = TcpPrinterOptions.Parse(text);
        Assert.Equal(host, options.Host);
        Assert.Equal(port, options.Port);
    }

    [Theory]
    [InlineData("host:0")]
    [InlineData("host:99999")]
    [InlineData("host:abc")]
    [InlineData(":9100")]
    public void Parse_BadPort_Throws(string text) => Assert.Throws<ArgumentException>(() => TcpPrinterOptions.Parse(text));

    internal static async Task WaitUntil(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!condition())
            await Task.Delay(10, deadline.Token);
    }
}
