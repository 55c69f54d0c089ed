using System.Text;
using PackStation.TestKit;
using PackStation.TestKit.Printers;

namespace PackStation.Worker.Tests.Commands;

/// <summary>The real <c>packstation print</c> against a TCP 9100 printer played by the test.</summary>
public sealed class PrintCommandTests
{
    private static readonly byte[] Label = Encoding.ASCII.GetBytes("^XA^CI28^FO50,50^A0N,40,40^FDZT7312000001^FS^XZ");

    [Fact]
    public async Task Print_ReadyPrinter_SendsTheFileOnceAndExitsZero()
    {
        using var dir = new TempDirectory();
        var file = dir.File("label.zpl");
        await File.WriteAllBytesAsync(file, Label);
        await using var fake = new FakeTcpPrinter(FakePrinterLanguage.Zpl, "^XZ");
        await using var cli = PackstationProcess.Start("print", "--printer", "zebra-zd421-203", "--host", fake.HostAndPort, file);

        Assert.Equal(0, await cli.WaitForExitAsync());
        Assert.Equal(Label, Assert.Single(fake.Printed));
    }

    [Fact]
    public async Task Print_PaperOutThenCleared_WaitsWithProgressThenPrintsOnce()
    {
        using var dir = new TempDirectory();
        var file = dir.File("label.zpl");
        await File.WriteAllBytesAsync(file, Label);
        await using var fake = new FakeTcpPrinter(FakePrinterLanguage.Zpl, "^XZ") { Fault = "paper-out" };
        await using var cli = PackstationProcess.Start("print", "--printer", "zebra-zd421-203", "--host", fake.HostAndPort, file, "--timeout", "30");

        await cli.WaitForErrorAsync("paper-out");
        Assert.Empty(fake.Printed);
        fake.ClearFault();

        Assert.Equal(0, await cli.WaitForExitAsync());
        Assert.Equal(Label, Assert.Single(fake.Printed));
    }

    [Fact]
    public async Task Print_CoverStaysOpen_FailsAfterTimeoutWithFaultExitCode()
    {
        using var dir = new TempDirectory();
        var file = dir.File("label.zpl");
        await File.WriteAllBytesAsync(file, Label);
        await using var fake = new FakeTcpPrinter(FakePrinterLanguage.Zpl, "^XZ") { Fault = "cover-open" };
        // Several status polls: the first one, made by a freshly started process on a busy CI machine, can miss the
        // printer's 1 s reply deadline and read as offline; the verdict comes from the last poll.
        await using var cli = PackstationProcess.Start("print", "--printer", "zebra-zd421-203", "--host", fake.HostAndPort, file, "--timeout", "4");

        await cli.WaitForErrorAsync("failed: printer 127.0.0.1");
        Assert.Equal(5, await cli.WaitForExitAsync());
        Assert.Empty(fake.Printed);
    }

    [Fact]
    public async Task Print_NobodyListening_FailsAsUnavailable()
    {
        using var dir = new TempDirectory();
        var file = dir.File("label.zpl");
        await File.WriteAllBytesAsync(file, Label);
        int port;
        await using (var fake = new FakeTcpPrinter(FakePrinterLanguage.Zpl, "^XZ"))
            port = fake.Port;
        await using var cli = PackstationProcess.Start("print", "--printer", "zebra-zd421-203", "--host", $"127.0.0.1:{port}", file, "--timeout", "0");

        await cli.WaitForErrorAsync("offline");
        Assert.Equal(4, await cli.WaitForExitAsync());
    }

    [Fact]
    public async Task Print_TwoPlaces_IsAUsageError()
    {
        await using var cli = PackstationProcess.Start("print", "--printer", "zebra-zd421-203", "--host", "127.0.0.1", "--file", "/tmp", "x.zpl");
        Assert.Equal(2, await cli.WaitForExitAsync());
    }

    [Fact]
    public async Task Print_SpoolFolder_WritesOneFile()
    {
        using var dir = new TempDirectory();
        var file = dir.File("label.zpl");
        await File.WriteAllBytesAsync(file, Label);
        var spool = Directory.CreateDirectory(dir.File("spool")).FullName;
        await using var cli = PackstationProcess.Start("print", "--printer", "zebra-zd421-203", "--file", spool, file);

        Assert.Equal(0, await cli.WaitForExitAsync());
        Assert.Equal(Label, await File.ReadAllBytesAsync(Assert.Single(Directory.GetFiles(spool))));
    }
}
