using System.Text;
using System.Text.Json;
using PackStation.TestKit;

namespace PackStation.Worker.Tests.Commands;

/// <summary>The real CLI against a socat pty pair, the test playing a virtual-COM scanner.</summary>
public sealed class ScannerListenCommandTests
{
    [Fact]
    public async Task ScannerListen_JsonOverPty_OneLinePerScanAcrossAReplug()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var cli = PackstationProcess.Start("scanner", "listen", "--profile", "newland-usb-com", "--port", pair.DevicePath, "--json");
        await cli.WaitForErrorAsync(": ok");
        await using (var far = pair.OpenFar())
            await far.WriteAsync(Encoding.ASCII.GetBytes("]C10109506000134352\u001D10ABC\r]E04006381333932\r"));

        using var gs1 = JsonDocument.Parse(await cli.NextLineAsync());
        using var badEan = JsonDocument.Parse(await cli.NextLineAsync());

        await pair.UnplugAsync();
        await cli.WaitForErrorAsync("disconnected");
        await pair.ReplugAsync();
        await cli.WaitForErrorAsync(": ok");
        await using (var far = pair.OpenFar())
            await far.WriteAsync("P017\r"u8.ToArray());
        using var after = JsonDocument.Parse(await cli.NextLineAsync());
        cli.Signal("TERM");

        Assert.Equal(0, await cli.WaitForExitAsync());
        var root = gs1.RootElement;
        Assert.Equal("0109506000134352\u001D10ABC", root.GetProperty("data").GetString());
        Assert.Equal("gs1-128", root.GetProperty("symbology").GetString());
        Assert.Equal("]C1", root.GetProperty("aim").GetString());
        Assert.Equal("09506000134352", root.GetProperty("gs1").GetProperty("01").GetString());
        Assert.Equal("ABC", root.GetProperty("gs1").GetProperty("10").GetString());
        Assert.True(root.GetProperty("valid").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("error").ValueKind);
        Assert.False(badEan.RootElement.GetProperty("valid").GetBoolean());
        Assert.Contains("expected 1", badEan.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("P017", after.RootElement.GetProperty("data").GetString());
    }

    [Fact]
    public async Task ScannerListen_SigtermDuringRead_ExitsCleanlyWithZero()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var cli = PackstationProcess.Start("scanner", "listen", "--profile", "newland-usb-com", "--port", pair.DevicePath, "--json");
        await cli.WaitForErrorAsync(": ok");
        await using (var far = pair.OpenFar())
            await far.WriteAsync("0950"u8.ToArray()); // half a scan: the read is in progress

        cli.Signal("TERM");

        Assert.Equal(0, await cli.WaitForExitAsync());
    }

    [Fact]
    public async Task ScannerListen_UnknownProfile_ConfigurationExitCode()
    {
        await using var cli = PackstationProcess.Start("scanner", "listen", "--profile", "no-such-scanner", "--port", "/dev/null");
        Assert.Equal(3, await cli.WaitForExitAsync());
    }
}
