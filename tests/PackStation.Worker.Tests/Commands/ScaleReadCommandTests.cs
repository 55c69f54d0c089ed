using System.Globalization;
using System.Text;
using System.Text.Json;
using PackStation.TestKit;

namespace PackStation.Worker.Tests.Commands;

/// <summary>
/// The real CLI against a socat pty pair for every serial scale protocol, the test playing the scale with the frames of
/// its manual: malformed and error frames first, then motion, then a stable weight in kg, g or lb.
/// </summary>
public sealed class ScaleReadCommandTests
{
    private const byte Enq = 0x05, Ack = 0x06;

    public static TheoryData<string, string[], string, string> Protocols => new()
    {
        { "cardinal-225-sma", ["\n 1G  2.5\r", "\nE1G  ----------kg \r", "\n 1GM      2.480kg \r", "\n 1G       2.500kg \r"], "2500", "kg" },
        { "mettler-toledo-ps60", ["\x02?\x61\r", "\x02" + "0x5.00\r", "\x02" + "005.00\r"], "2267.96185", "lb" },
        { "mettler-toledo-ics425-sics", ["S +\r\n", "SI S   23!5.0 g\r\n", "SI D   2301.0 g\r\n", "SI S   2345.0 g\r\n"], "2345", "g" },
        { "avery-weigh-tronix-7820", ["\n?\r\x03", "\n00x2.50lb\r\n00\r\x03", "\n0002.48lb\r\n10\r\x03", "\n0002.50lb\r\n00\r\x03"], "1133.980925", "lb" },
        { "cas-pd-ii", ["\x01\x02S 01.234kg\x00\x03\x04", Ecr("U 01.200kg"), Ecr("S 01.234kg")], "1234", "kg" },
        { "cas-pds", ["ST,GS,1\xC4,00!3.500 kg\r\n", "US,GS,1\x84,0013.420 kg\r\n", "ST,GS,1\xC4,0013.500 kg\r\n"], "13500", "kg" },
        { "tcs-platform-continuous", ["garbage\r\n", "US,GS,+0012.40lb\r\n", "ST,GS,+0012.50lb\r\n"], "5669.904625", "lb" },
    };

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task ScaleRead_JsonStableOverPty_PrintsExactGramsOnceStable(string profile, string[] script, string grams, string unit)
    {
        await using var pair = await SocatPair.StartAsync();
        using var device = new ScalePlayer(pair, IsStreaming(profile), Script(script));
        await using var cli = PackstationProcess.Start("scale", "read", "--profile", profile, "--port", pair.DevicePath, "--json", "--stable", "--timeout", "20");

        var output = await cli.RemainingOutputAsync();

        Assert.Equal(0, await cli.WaitForExitAsync());
        var line = Assert.Single(output);
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(decimal.Parse(grams, CultureInfo.InvariantCulture), root.GetProperty("grams").GetDecimal());
        Assert.True(root.GetProperty("stable").GetBoolean());
        Assert.Equal(unit, root.GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("error").ValueKind);
        Assert.False(string.IsNullOrEmpty(root.GetProperty("raw").GetString()));
    }

    [Fact]
    public async Task ScaleRead_JsonCountWithMalformedFrames_ErrorsCarryNoGrams()
    {
        await using var pair = await SocatPair.StartAsync();
        using var device = new ScalePlayer(pair, streaming: false, Script("\n 1G       2.5O0kg \r", "S S 1 g\r", "\n 1GM      2.480kg \r"));
        await using var cli = PackstationProcess.Start("scale", "read", "--profile", "cardinal-225-sma", "--port", pair.DevicePath, "--json", "--count", "3");

        var output = await cli.RemainingOutputAsync();

        Assert.Equal(0, await cli.WaitForExitAsync());
        Assert.Equal(3, output.Count);
        var lines = output.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(JsonValueKind.Null, lines[0].GetProperty("grams").ValueKind);
        Assert.Equal("unreadable SMA weight field", lines[0].GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("grams").ValueKind);
        Assert.Equal("error", lines[1].GetProperty("status").GetString());
        Assert.Equal(2480m, lines[2].GetProperty("grams").GetDecimal());
        Assert.False(lines[2].GetProperty("stable").GetBoolean());
    }

    [Fact]
    public async Task ScaleRead_NeverStable_TimeoutExitCode()
    {
        await using var pair = await SocatPair.StartAsync();
        using var device = new ScalePlayer(pair, streaming: false, Script("\n 1GM      2.480kg \r"));
        await using var cli = PackstationProcess.Start("scale", "read", "--profile", "cardinal-225-sma", "--port", pair.DevicePath, "--stable", "--timeout", "1");

        Assert.Equal(6, await cli.WaitForExitAsync());
        Assert.Empty(await cli.RemainingOutputAsync());
    }

    [Fact]
    public async Task ScaleRead_UnknownProfile_ConfigurationExitCode()
    {
        await using var cli = PackstationProcess.Start("scale", "read", "--profile", "no-such-scale", "--port", "/dev/null");
        Assert.Equal(3, await cli.WaitForExitAsync());
    }

    private static bool IsStreaming(string profile) => profile is "cas-pds" or "tcs-platform-continuous";

    private static Func<byte[], byte[]?> Script(params string[] frames)
    {
        var index = 0;
        return request =>
        {
            if (request.Contains(Enq))
                return [Ack];
            var frame = frames[Math.Min(index++, frames.Length - 1)];
            return Encoding.Latin1.GetBytes(frame);
        };
    }

    private static string Ecr(string body)
    {
        var bcc = 0;
        foreach (var c in body)
            bcc ^= c;
        return "\x01\x02" + body + (char)bcc + "\x03\x04";
    }

    /// <summary>Plays the scale on the far end: answers each request, or streams frames when the scale streams.</summary>
    private sealed class ScalePlayer : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly FileStream _far;

        public ScalePlayer(SocatPair pair, bool streaming, Func<byte[], byte[]?> next)
        {
            _far = pair.OpenFar();
            _ = Task.Run(() => streaming ? StreamAsync(next) : AnswerAsync(next));
        }

        public void Dispose()
        {
            _stop.Cancel();
            _far.Dispose();
        }

        private async Task AnswerAsync(Func<byte[], byte[]?> next)
        {
            var buffer = new byte[64];
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    var read = await _far.ReadAsync(buffer, _stop.Token);
                    if (read == 0)
                        return;
                    if (next(buffer[..read]) is { Length: > 0 } reply)
                        await _far.WriteAsync(reply, _stop.Token);
                }
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
            {
                // The test ended or the line went away.
            }
        }

        private async Task StreamAsync(Func<byte[], byte[]?> next)
        {
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    await _far.WriteAsync(next([])!, _stop.Token);
                    await Task.Delay(50, _stop.Token);
                }
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
            {
                // The test ended or the line went away.
            }
        }
    }
}
