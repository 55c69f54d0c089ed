using PackStation.Hardware.Devices;
using PackStation.Hardware.Scales;
using PackStation.TestKit;

namespace PackStation.Hardware.Tests.Scales.Drivers;

/// <summary>Each serial protocol played by the test on the far end of a socat pty pair, through the shipped profile.</summary>
public sealed class SerialScaleTests
{
    private const byte Enq = 0x05, Ack = 0x06, Dc1 = 0x11;

    /// <summary>profile, device script (error reply, garbage, motion, stable…), expected stable grams, weights allowed before it.</summary>
    public static TheoryData<string, string[], string, string[]> Scripts => new()
    {
        { "cardinal-225-sma", ["\nE1G  ----------kg \r", "\x00\xffnoise\n 1G   9\r", "\n 1GM      2.480kg \r", "\n 1G       2.500kg \r"], "2500", ["2480"] },
        { "mettler-toledo-ps60", ["\x02?\x64\r", "junk\x02" + "00x.00\r", "\x02?\x61\r", "\x02" + "005.00\r"], "2267.96185", [] },
        { "mettler-toledo-ics425-sics", ["S I\r\n", "\xfe\xfe\r\n", "SI D   2301.0 g\r\n", "SI S   2345.0 g\r\n"], "2345", ["2301"] },
        { "avery-weigh-tronix-7820", ["\n?\r\x03", "zz\n00x2.50lb\r\n00\r\x03", "\n0002.48lb\r\n10\r\x03", "\n0002.50lb\r\n00\r\x03"], "1133.980925", ["1124.9090776"] },
        { "cas-pd-ii", [Ecr("S 09.999zz"), "\x01\x02S 01.234kg\x00\x03\x04", Ecr("U 01.200kg"), Ecr("S 01.234kg")], "1234", ["1200"] },
        { "cas-pds", ["OL,GS,1\x84,9999.999 kg\r\n", "ST,GS,1\xC4,00!3.500 kg\r\n", "US,GS,1\x84,0013.420 kg\r\n", "ST,GS,1\xC4,0013.500 kg\r\n"], "13500", ["13420"] },
        { "tcs-platform-continuous", ["ST,GS,+00\x00" + "12.50kg\r\n", "garbage\r\n", "US,GS,+0012.40kg\r\n", "ST,GS,+0012.50kg\r\n"], "12500", ["12400"] },
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task ReadingsAsync_ErrorGarbageMotionThenStable_ErrorsThenExactStableWeight(string profile, string[] script, string expected, string[] motionGrams)
    {
        await using var pair = await SocatPair.StartAsync();
        await using var device = Play(profile, pair, PtyScaleDevice.Script(script));
        await using var scale = SerialScaleProfiles.Open(profile, pair.DevicePath);

        var readings = await scale.ReadUntilAsync(r => r.IsParcelWeight);

        var weight = readings[^1];
        Assert.True(weight.IsParcelWeight, $"no stable weight in {readings.Count} readings: {Describe(readings)}");
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), weight.Grams);
        Assert.Contains(readings, r => r.Status == WeightStatus.Error || r.Status == WeightStatus.Overload || r.Status == WeightStatus.UnderZero);
        Assert.Contains(readings, r => !r.Stable);
        var allowed = motionGrams.Append(expected).Select(g => decimal.Parse(g, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        Assert.All(readings.Where(r => r.Status == WeightStatus.Ok), r => Assert.Contains(r.Grams, allowed));
        Assert.All(readings.Where(r => r.Status == WeightStatus.Error), r => Assert.Equal(0, r.Grams));
        Assert.Equal(DeviceState.Connected, scale.Health.State);
    }

    [Theory]
    [InlineData("cardinal-225-sma", "\n 1G       5.000lb \r", "\n 1G       2.268kg \r", "2268")]
    [InlineData("mettler-toledo-ics425-sics", "SI S      5.000 lb\r\n", "SI S   2268.0 g\r\n", "2268")]
    [InlineData("tcs-platform-continuous", "ST,GS,+0005.00lb\r\n", "ST,GS,+0002.27kg\r\n", "2270")]
    public async Task ReadingsAsync_UnitChangedOnTheScale_ExactGramsInNewUnit(string profile, string first, string second, string expected)
    {
        await using var pair = await SocatPair.StartAsync();
        string current = first;
        await using var device = Play(profile, pair, () => FrameBytes.Of(Volatile.Read(ref current)));
        await using var scale = SerialScaleProfiles.Open(profile, pair.DevicePath);

        var before = await scale.ReadUntilAsync(r => r.IsParcelWeight);
        Assert.Equal(2267.96185m, before[^1].Grams);
        Volatile.Write(ref current, second);
        var after = await scale.ReadUntilAsync(r => r.IsParcelWeight && r.Grams != 2267.96185m);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), after[^1].Grams);
        Assert.NotEqual(before[^1].Unit, after[^1].Unit);
    }

    [Theory]
    [InlineData("cardinal-225-sma", "\n 1G       2.500kg \r")]
    [InlineData("cas-pds", "ST,GS,1\xC4,0013.500 kg\r\n")]
    public async Task ReadingsAsync_UnpluggedAndReplugged_ReportsDisconnectAndResumes(string profile, string frame)
    {
        await using var pair = await SocatPair.StartAsync();
        var device = Play(profile, pair, () => FrameBytes.Of(frame));
        await using var scale = SerialScaleProfiles.Open(profile, pair.DevicePath);
        var states = new List<DeviceState>();
        scale.HealthChanged += (_, health) => { lock (states) states.Add(health.State); };

        using var guard = new CancellationTokenSource(ScaleReadingsCollector.Guard);
        var phase = 0;
        WeightReading? disconnected = null;
        await foreach (var reading in scale.ReadingsAsync(guard.Token))
        {
            if (phase == 0 && reading.IsParcelWeight)
            {
                phase = 1;
                await device.DisposeAsync();
                await pair.UnplugAsync();
            }
            else if (phase == 1 && reading.Error?.StartsWith("disconnected", StringComparison.Ordinal) == true)
            {
                disconnected = reading;
                Assert.Equal(DeviceState.Disconnected, scale.Health.State);
                phase = 2;
                await pair.ReplugAsync();
                device = Play(profile, pair, () => FrameBytes.Of(frame));
            }
            else if (phase == 2 && reading.IsParcelWeight)
            {
                break;
            }
        }

        await device.DisposeAsync();
        Assert.Equal(2, phase);
        Assert.NotNull(disconnected);
        Assert.Equal(WeightStatus.Error, disconnected.Status);
        Assert.Equal(DeviceState.Connected, scale.Health.State);
        lock (states)
            Assert.Equal([DeviceState.Connected, DeviceState.Disconnected, DeviceState.Connected], states.Where((s, i) => i == 0 || states[i - 1] != s));
    }

    [Fact]
    public async Task ReadingsAsync_PolledScaleSilent_NoReplyErrorNotWeight()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var device = PtyScaleDevice.Answering(pair, _ => null);
        await using var scale = SerialScaleProfiles.Open("cardinal-225-sma", pair.DevicePath);

        var readings = await scale.ReadUntilAsync(r => r.Status == WeightStatus.Error);

        Assert.StartsWith("no reply from the scale within 1 s", readings[^1].Error, StringComparison.Ordinal);
        Assert.Equal(0, readings[^1].Grams);
        Assert.Equal("\nW\r"u8.ToArray(), device.Received.Take(3));
    }

    [Theory]
    [InlineData("cardinal-225-sma", "\nZ\r")]
    [InlineData("mettler-toledo-ics425-sics", "Z\r\n")]
    [InlineData("avery-weigh-tronix-7820", "Z\r")]
    [InlineData("mettler-toledo-ps60", "Z")]
    public async Task ZeroAsync_ProtocolWithZeroCommand_SendsIt(string profile, string command)
    {
        await using var pair = await SocatPair.StartAsync();
        await using var device = PtyScaleDevice.Answering(pair, _ => null);
        await using var scale = SerialScaleProfiles.Open(profile, pair.DevicePath);

        await scale.ZeroAsync(CancellationToken.None).WaitAsync(ScaleReadingsCollector.Guard);

        var expected = FrameBytes.Of(command);
        for (var i = 0; i < 200 && device.Received.Length < expected.Length; i++)
            await Task.Delay(10);
        Assert.Equal(expected, device.Received);
    }

    [Fact]
    public async Task ZeroAsync_StreamWithoutZeroCommand_SoftwareZeroFromNextStableReading()
    {
        await using var pair = await SocatPair.StartAsync();
        string current = "ST,GS,+0000.40kg\r\n";
        await using var device = Play("tcs-platform-continuous", pair, () => FrameBytes.Of(Volatile.Read(ref current)));
        await using var scale = SerialScaleProfiles.Open("tcs-platform-continuous", pair.DevicePath);

        var zeroed = scale.ZeroAsync(CancellationToken.None);
        var first = await scale.ReadUntilAsync(r => zeroed.IsCompleted && r.Status == WeightStatus.Zero);
        Volatile.Write(ref current, "ST,GS,+0012.90kg\r\n");
        var loaded = await scale.ReadUntilAsync(r => r.IsParcelWeight);

        Assert.Equal(WeightStatus.Zero, first[^1].Status);
        Assert.Equal(12500m, loaded[^1].Grams);
    }

    private static PtyScaleDevice Play(string profile, SocatPair pair, Func<byte[]> next)
    {
        var protocol = SerialScaleProfiles.Get(profile).Scale!.Protocol;
        return protocol switch
        {
            "cas" => PtyScaleDevice.Streaming(pair, next),
            "cas-ecr" => PtyScaleDevice.Answering(pair, request =>
                request.Contains(Enq) ? [Ack] : request.Contains(Dc1) ? next() : null),
            _ => PtyScaleDevice.Answering(pair, _ => next()),
        };
    }

    private static string Ecr(string body)
    {
        var bcc = 0;
        foreach (var c in body)
            bcc ^= c;
        return "\x01\x02" + body + (char)bcc + "\x03\x04";
    }

    private static string Describe(IEnumerable<WeightReading> readings) =>
        string.Join("; ", readings.Select(r => $"{r.Status} {r.Grams} {(r.Stable ? "stable" : "moving")} {r.Error} [{r.Raw}]"));
}
