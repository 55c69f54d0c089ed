using System.Collections.Concurrent;
using System.Text;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scanners;
using PackStation.Hardware.Scanners.Serial;
using PackStation.Hardware.Transports;
using PackStation.TestKit;

namespace PackStation.Hardware.Tests.Scanners.Serial;

/// <summary>The test plays the scanner on the far end of a socat pty pair.</summary>
public sealed class SerialBarcodeScannerTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(15);
    private const string GS = "\u001D";

    [Fact]
    public async Task ReadScansAsync_AimGs1AndEan_DecodedInOrder()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var scanner = Open(pair, new ScannerSettings { Suffix = "CRLF" });
        await using var reader = new ScanReader(scanner);
        await using var far = pair.OpenFar();

        await Send(far, "]C10109506000134352" + "17201225" + "10LOT-9" + GS + "21S77\r\n" + "]E04006381333931\r\n" + "TB-3391028845\r\n");

        var gs1 = await reader.NextAsync();
        Assert.True(gs1.Valid, gs1.Error);
        Assert.Equal("09506000134352", gs1.Gtin);
        Assert.Equal("LOT-9", gs1.Gs1!["10"]);
        Assert.Equal("S77", gs1.Gs1["21"]);
        var ean = await reader.NextAsync();
        Assert.Equal(("4006381333931", "ean-13", "04006381333931"), (ean.Data, ean.Symbology, ean.Gtin));
        var order = await reader.NextAsync();
        Assert.Equal("TB-3391028845", order.Data);
    }

    [Fact]
    public async Task ReadScansAsync_UnplugMidScanThenReplug_HalfScanReportedAndNextScanDecodes()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var scanner = Open(pair, new ScannerSettings { Suffix = "CR" });
        var health = new ConcurrentQueue<DeviceState>();
        scanner.HealthChanged += (_, h) => health.Enqueue(h.State);
        await using var reader = new ScanReader(scanner);
        await using (var far = pair.OpenFar())
        {
            await Send(far, "]E04006381333931\r");
            Assert.Equal("4006381333931", (await reader.NextAsync()).Data);
            await Send(far, "]E0400638");
            await Task.Delay(200); // let socat hand the half scan over before the cable is pulled
        }

        await pair.UnplugAsync();
        var half = await reader.NextAsync();
        Assert.False(half.Valid);
        Assert.Equal("400638", half.Data);
        Assert.Contains("incomplete scan", half.Error, StringComparison.Ordinal);

        await pair.ReplugAsync();
        await using (var far = pair.OpenFar())
        {
            await Send(far, "]E496385074\r");
            var next = await reader.NextAsync();
            Assert.True(next.Valid, next.Error);
            Assert.Equal("96385074", next.Data);
        }

        Assert.Contains(DeviceState.Disconnected, health);
        Assert.Equal(DeviceState.Connected, scanner.Health.State);
        Assert.False(reader.TryPeek(out var extra), $"unexpected extra scan {extra}");
    }

    [Fact]
    public async Task ReadScansAsync_BinaryNoiseNulAndInvalidUtf8_ReportedAndNextScanDecodes()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var scanner = Open(pair, new ScannerSettings { Suffix = "CR" });
        await using var reader = new ScanReader(scanner);
        await using var far = pair.OpenFar();
        var noise = new byte[300];
        new Random(42).NextBytes(noise);
        noise = noise.Where(b => b is not ((byte)'\r' or (byte)'\n')).ToArray();

        await far.WriteAsync(noise.Concat("\rA\0B\r"u8.ToArray()).Concat(new byte[] { 0x41, 0xC3, 0x28, 0x0D }).ToArray());
        await Send(far, "]E04006381333931\r");

        var scans = await reader.UntilAsync(s => s.Data == "4006381333931");
        Assert.True(scans[^1].Valid);
        Assert.All(scans[..^1], s => Assert.False(s.Valid));
        Assert.Contains(scans, s => s.Error == "control character \\x00 at offset 1");
        Assert.Contains(scans, s => s.Error?.StartsWith("invalid UTF-8 at byte 1", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ReadScansAsync_LineOver4KbWithoutSuffix_ReportedOnceAndNextScanDecodes()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var scanner = Open(pair, new ScannerSettings { Suffix = "CR" });
        await using var reader = new ScanReader(scanner);
        await using var far = pair.OpenFar();

        await Send(far, new string('7', 5000) + "\r]E04006381333931\r");

        var tooLong = await reader.NextAsync();
        Assert.False(tooLong.Valid);
        Assert.Contains("no suffix after 4096 bytes", tooLong.Error, StringComparison.Ordinal);
        Assert.Equal("4006381333931", (await reader.NextAsync()).Data);
    }

    [Fact]
    public async Task ReadScansAsync_NoSuffixProfile_PauseEndsEachScan()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var scanner = Open(pair, new ScannerSettings { Suffix = "none", InterCharacterTimeout = TimeSpan.FromMilliseconds(60) });
        await using var reader = new ScanReader(scanner);
        await using var far = pair.OpenFar();

        await Send(far, "]E04006381333931");
        var first = await reader.NextAsync();
        await Send(far, "P017");
        var second = await reader.NextAsync();

        Assert.Equal(("4006381333931", true), (first.Data, first.Valid));
        Assert.Equal(("P017", true), (second.Data, second.Valid));
    }

    [Fact]
    public async Task ReadScansAsync_HalfScanThenSilence_ReportedAsIncomplete()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var scanner = Open(pair, new ScannerSettings { Suffix = "CR", InterCharacterTimeout = TimeSpan.FromMilliseconds(20) });
        await using var reader = new ScanReader(scanner);
        await using var far = pair.OpenFar();

        await Send(far, "0950");
        var half = await reader.NextAsync();
        await Send(far, "P017\r");
        var next = await reader.NextAsync();

        Assert.Equal(("0950", false), (half.Data, half.Valid));
        Assert.Equal(("P017", true), (next.Data, next.Valid));
    }

    private static TransportScanner Open(SocatPair pair, ScannerSettings settings) =>
        new(new ReconnectingTransport(new SerialPortOpener(new SerialPortOptions { Path = pair.DevicePath }),
            new ReconnectOptions { ReconnectDelay = TimeSpan.FromMilliseconds(20) }), () => new SerialBytesDecoder(), settings);

    private static async Task Send(Stream far, string text) => await far.WriteAsync(Encoding.UTF8.GetBytes(text)).AsTask().WaitAsync(Guard);
}
