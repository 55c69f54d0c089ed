using PackStation.Hardware.Printers;
using PackStation.Hardware.Printers.EscPos;
using PackStation.Hardware.Printers.Transports;
using PackStation.Hardware.Printers.Tspl;
using PackStation.Hardware.Transports;
using PackStation.TestKit;
using PackStation.TestKit.Printers;

namespace PackStation.Hardware.Tests.Printers.Transports;

/// <summary>Serial and USB-device-file printers, played by the test on the far end of a socat pty pair.</summary>
public sealed class SerialPrinterTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task SendAsync_EscPosPaperOutMidJobThenCleared_EachJobArrivesExactlyOnce()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var far = pair.OpenFar();
        var device = new PlayedEscPosPrinter(far) { PaperOutAfterJobBytes = 10 };
        using var stop = new CancellationTokenSource();
        var playing = device.PlayAsync(stop.Token);
        await using var printer = SerialEscPos(pair.DevicePath, TimeSpan.FromSeconds(5));

        var receiptA = new EscPosBuilder(EscPosTextMode.Chinese).Initialize().Line("订单 TB-3391028845 张小燕").Cut().ToArray();
        await printer.SendAsync(receiptA, CancellationToken.None).WaitAsync(Guard);
        Assert.Equal("paper-out", printer.Health.StatusText); // the confirmation after A said so; A is in the printer

        var receiptB = new EscPosBuilder(EscPosTextMode.Chinese).Initialize().Line("second").Cut().ToArray();
        await Assert.ThrowsAsync<PrinterNotReadyException>(() => printer.SendAsync(receiptB, CancellationToken.None).WaitAsync(Guard));

        device.Fault = null;
        await printer.SendAsync(receiptB, CancellationToken.None).WaitAsync(Guard);
        await TcpPrinterTests.WaitUntil(() => device.JobBytes.Count >= receiptA.Length + receiptB.Length);
        Assert.Equal([.. receiptA, .. receiptB], device.JobBytes);
        await stop.CancelAsync();
    }

    [Fact]
    public async Task QueryStatusAsync_DeviceSilent_IsOffline()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var far = pair.OpenFar();
        await using var printer = SerialEscPos(pair.DevicePath);
        var status = await printer.QueryStatusAsync(CancellationToken.None).WaitAsync(Guard);
        Assert.Equal("offline", status.Fault);
    }

    [Fact]
    public async Task QueryStatusAsync_PortMissing_IsOffline()
    {
        using var dir = new TempDirectory();
        await using var printer = SerialEscPos(dir.File("ttyGone"));
        Assert.Equal("offline", (await printer.QueryStatusAsync(CancellationToken.None).WaitAsync(Guard)).Fault);
    }

    [Fact]
    public async Task SendAsync_UsbDeviceFileTsplPrinter_ChecksStatusAndWritesTheLabel()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var far = pair.OpenFar();
        var label = new TsplBuilder().Size(76, 130).Gap(2).Cls().Text(10, 10, TsplFonts.SimplifiedChinese, 0, 1, 1, "张小燕").Print().ToArray();
        await using var printer = new TransportPrinter(new DeviceFilePrinterTransport(pair.DevicePath), new TsplStatusReader(), PrinterLanguage.Tspl, TimeSpan.FromSeconds(5));

        var sending = printer.SendAsync(label, CancellationToken.None);
        var buffer = new byte[3];
        await far.ReadExactlyAsync(buffer).AsTask().WaitAsync(Guard);
        Assert.Equal(TsplStatus.Query.ToArray(), buffer);
        await far.WriteAsync(new byte[] { 0x00 });
        var received = new byte[label.Length + 3];
        await far.ReadExactlyAsync(received).AsTask().WaitAsync(Guard);
        await far.WriteAsync(new byte[] { 0x20 }); // printing
        await sending.WaitAsync(Guard);
        Assert.Equal([.. label, .. TsplStatus.Query.ToArray()], received);
    }

    private static TransportPrinter SerialEscPos(string path, TimeSpan? replyTimeout = null) =>
        new(new SerialPrinterTransport(new ReconnectingTransport(new SerialPortOpener(new SerialPortOptions { Path = path, BaudRate = 115200 })), TimeSpan.FromSeconds(2)),
            new EscPosStatusReader(), PrinterLanguage.EscPos, replyTimeout ?? TimeSpan.FromSeconds(1), confirmTimeout: TimeSpan.FromSeconds(10));

    /// <summary>An ESC/POS printer on the far end: answers DLE EOT from <see cref="Fault"/> (also while out of paper, as Epson does on serial).</summary>
    private sealed class PlayedEscPosPrinter(Stream far)
    {
        public string? Fault { get; set; }

        public long? PaperOutAfterJobBytes { get; set; }

        public List<byte> JobBytes { get; } = [];

        public async Task PlayAsync(CancellationToken cancellationToken)
        {
            var buffer = new byte[512];
            var dle = 0;
            try
            {
                while (!cancellationToken.IsCancellationRequested)
                {
                    var read = await far.ReadAsync(buffer, cancellationToken);
                    for (var i = 0; i < read; i++)
                    {
                        var b = buffer[i];
                        if (dle == 0 && b == 0x10) { dle = 1; continue; }
                        if (dle == 1 && b == 0x04) { dle = 2; continue; }
                        if (dle == 2)
                        {
                            dle = 0;
                            await far.WriteAsync(new[] { FakeTcpPrinter.EscPosReply(b, Fault) }, cancellationToken);
                            continue;
                        }

                        if (dle == 1)
                            lock (JobBytes) JobBytes.Add(0x10);
                        dle = 0;
                        lock (JobBytes) JobBytes.Add(b);
                        if (PaperOutAfterJobBytes is { } limit && JobBytes.Count >= limit)
                        {
                            Fault = "paper-out";
                            PaperOutAfterJobBytes = null;
                        }
                    }
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
            }
        }
    }
}
