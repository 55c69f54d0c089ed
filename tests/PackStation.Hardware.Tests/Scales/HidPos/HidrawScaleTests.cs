using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scales;
using PackStation.Hardware.Scales.HidPos;
using PackStation.Hardware.Scales.Drivers;
using PackStation.Hardware.Tests.Scales.Drivers;
using PackStation.Hardware.Transports;
using PackStation.TestKit;

namespace PackStation.Hardware.Tests.Scales.HidPos;

/// <summary>The HID scale reads a device node report by report; a pty stands in for /dev/hidrawN and the test plays the scale.</summary>
public sealed class HidrawScaleTests
{
    private static readonly ScaleSettings Settings = new()
    {
        Protocol = "hid-pos",
        StabilityWindow = TimeSpan.Zero,
        StabilityReadings = 2,
        HidReportIds = [3],
    };

    /// <summary>The HID scale as the driver composes it: the hidraw node behind the reconnect loop, and the HID POS protocol.</summary>
    private static TransportScale Open(string path) =>
        new(new ReconnectingTransport(new DeviceFileOpener(path), new ReconnectOptions { ReconnectDelay = TimeSpan.FromMilliseconds(20) }),
            new HidPosProtocol(Settings), Settings, TimeProvider.System, NullLogger.Instance);

    private static async Task WriteReportsAsync(FileStream far, params byte[][] reports)
    {
        foreach (var report in reports)
        {
            await far.WriteAsync(report);
            await far.FlushAsync();
        }
    }

    [Fact]
    public async Task ReadingsAsync_FirstReportStale_DiscardedThenStableWeight()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var scale = Open(pair.DevicePath);
        await using var far = pair.OpenFar();
        byte[] stale = [0x03, 0x04, 0x02, 0x00, 0xE7, 0x03];    // 999 g from before: must never be seen
        byte[] moving = [0x03, 0x03, 0x02, 0x00, 0xD0, 0x07];   // 2000 g in motion
        byte[] stable = [0x03, 0x04, 0x02, 0x00, 0xC4, 0x09];   // 2500 g stable

        var reading = Task.Run(() => scale.ReadUntilAsync(r => r.IsParcelWeight));
        await WriteReportsAsync(far, stale, moving, stable, stable, stable);
        var readings = await reading.WaitAsync(ScaleReadingsCollector.Guard);

        Assert.DoesNotContain(readings, r => r.Grams == 999);
        Assert.Contains(readings, r => r.Grams == 2000 && !r.Stable);
        Assert.Equal(2500, readings[^1].Grams);
        Assert.Equal(DeviceState.Connected, scale.Health.State);
    }

    [Fact]
    public async Task ReadingsAsync_ZeroFilledAndForeignReports_ErrorsNotWeights()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var scale = Open(pair.DevicePath);
        await using var far = pair.OpenFar();

        var reading = Task.Run(() => scale.ReadUntilAsync(r => r.IsParcelWeight));
        await WriteReportsAsync(far,
            [0x03, 0x02, 0x02, 0x00, 0x00, 0x00],
            [0x00, 0x00, 0x00, 0x00, 0x00, 0x00],
            [0x05, 0x04, 0x02, 0x00, 0x10, 0x27],
            [0x03, 0x04, 0x0C, 0xFE, 0xFA, 0x00],
            [0x03, 0x04, 0x0C, 0xFE, 0xFA, 0x00]);
        var readings = await reading.WaitAsync(ScaleReadingsCollector.Guard);

        Assert.Equal(2, readings.Count(r => r.Status == WeightStatus.Error));
        Assert.All(readings.Where(r => r.Status == WeightStatus.Error), r => Assert.Equal(0, r.Grams));
        Assert.Equal(1133.980925m, readings[^1].Grams);
        Assert.Equal("lb", readings[^1].Unit);
    }

    [Fact]
    public async Task ReadingsAsync_UnpluggedAndReplugged_DisconnectedThenResumes()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var scale = Open(pair.DevicePath);
        byte[] stable = [0x03, 0x04, 0x02, 0x00, 0xC4, 0x09];
        var far = pair.OpenFar();
        await WriteReportsAsync(far, stable, stable, stable);

        using var guard = new CancellationTokenSource(ScaleReadingsCollector.Guard);
        var phase = 0;
        await foreach (var reading in scale.ReadingsAsync(guard.Token))
        {
            if (phase == 0 && reading.IsParcelWeight)
            {
                phase = 1;
                await far.DisposeAsync();
                await pair.UnplugAsync();
            }
            else if (phase == 1 && reading.Error?.StartsWith("disconnected", StringComparison.Ordinal) == true)
            {
                Assert.Equal(DeviceState.Disconnected, scale.Health.State);
                phase = 2;
                await pair.ReplugAsync();
                far = pair.OpenFar();
                await WriteReportsAsync(far, stable, stable, stable, stable);
            }
            else if (phase == 2 && reading.IsParcelWeight)
            {
                phase = 3;
                break;
            }
        }

        await far.DisposeAsync();
        Assert.Equal(3, phase);
        Assert.Equal(DeviceState.Connected, scale.Health.State);
    }

    [Fact]
    public void Driver_HidrawProfile_Opens()
    {
        var profile = new HardwareProfile
        {
            Id = "dymo-m25", Kind = DeviceKind.Scale, Vendor = "DYMO", Model = "M25",
            Transport = new TransportSettings { Type = "hidraw" }, Scale = Settings,
        };
        var driver = new ScaleDriver(TimeProvider.System, NullLoggerFactory.Instance);
        Assert.True(driver.CanOpen(profile));
        Assert.Throws<ArgumentException>(() => driver.Open(profile, new DeviceBinding { Profile = "dymo-m25" }));
    }
}
