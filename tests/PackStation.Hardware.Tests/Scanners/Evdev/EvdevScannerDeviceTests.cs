using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scanners;
using PackStation.Hardware.Scanners.Evdev;
using PackStation.Hardware.Transports;
using PackStation.TestKit;

namespace PackStation.Hardware.Tests.Scanners.Evdev;

/// <summary>
/// The keyboard scanner's read loop over a real file descriptor: a named pipe stands in for /dev/input/eventN (the
/// exclusive grab fails on it and is only logged). Unplug = the pipe's writer goes away and the path disappears.
/// </summary>
public sealed class EvdevScannerDeviceTests
{
    [Fact]
    public async Task ReadScansAsync_KeyEventsOnTheDevice_DecodedScans()
    {
        using var dir = new TempDirectory("evdev");
        var path = MakeFifo(dir.File("event-kbd"));
        await using var writer = OpenWriter(path);
        await using var scanner = Open(path, exclusive: true);
        await using var reader = new ScanReader(scanner);

        await writer.WriteAsync(new KeyStream().Type("P017\r").Type("TB-3391028845\r").Bytes);

        Assert.Equal("P017", (await reader.NextAsync()).Data);
        Assert.Equal("TB-3391028845", (await reader.NextAsync()).Data);
        Assert.Equal(DeviceState.Connected, scanner.Health.State);
    }

    [Fact]
    public async Task ReadScansAsync_UnplugMidScanAndReplug_HalfScanReportedThenNextDecodes()
    {
        using var dir = new TempDirectory("evdev");
        var path = MakeFifo(dir.File("event-kbd"));
        var writer = OpenWriter(path);
        await using var scanner = Open(path, exclusive: false);
        await using var reader = new ScanReader(scanner);
        await writer.WriteAsync(new KeyStream().Type("A1\r").Bytes);
        Assert.Equal("A1", (await reader.NextAsync()).Data);

        await writer.WriteAsync(new KeyStream().Type("40063").Bytes);
        await writer.FlushAsync();
        await Task.Delay(100); // let the read loop take the half scan before the device goes
        File.Delete(path);
        await writer.DisposeAsync();

        var half = await reader.NextAsync();
        Assert.False(half.Valid);
        Assert.Equal("40063", half.Data);
        Assert.Contains("disconnected", half.Error, StringComparison.Ordinal);

        MakeFifo(path);
        var replugged = OpenWriter(path);
        try
        {
            await replugged.WriteAsync(new KeyStream().Type("B2\r").Bytes);
            var next = await reader.NextAsync();
            Assert.Equal(("B2", true), (next.Data, next.Valid));
        }
        finally
        {
            // Stop reading before the pipe's last writer goes: reopening a FIFO without a writer would block.
            await reader.DisposeAsync();
            await replugged.DisposeAsync();
        }
    }

    [Fact]
    [Trait("Category", "Hardware")]
    public async Task ReadScansAsync_RealKeyboardScanner_OneScan()
    {
        // PACKSTATION_TEST_EVDEV=/dev/input/by-id/usb-…-event-kbd; scan any bar code within 30 s.
        var path = Environment.GetEnvironmentVariable("PACKSTATION_TEST_EVDEV")
            ?? throw new InvalidOperationException("Set PACKSTATION_TEST_EVDEV to the scanner's /dev/input/by-id/…-event-kbd path.");
        await using var scanner = Open(path, exclusive: true);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await foreach (var scan in scanner.ReadScansAsync(cancel.Token))
        {
            Assert.True(scan.Valid, scan.Error);
            return;
        }
    }

    /// <summary>The keyboard scanner as the driver composes it; <paramref name="exclusive"/> adds the grab decorator.</summary>
    private static TransportScanner Open(string path, bool exclusive)
    {
        var file = new DeviceFileOpener(path);
        IDeviceOpener opener = exclusive ? new EvdevGrabOpener(file, NullLogger.Instance) : file;
        var transport = new ReconnectingTransport(opener, new ReconnectOptions { ReconnectDelay = TimeSpan.FromMilliseconds(20) });
        return new TransportScanner(transport, () => new EvdevKeyDecoder(KeyboardLayout.Us), new ScannerSettings { Suffix = "CR" });
    }

    private static string MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    /// <summary>Read-write so opening never waits for the other end (Linux FIFO semantics).</summary>
    private static FileStream OpenWriter(string path) => new(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0);
}
