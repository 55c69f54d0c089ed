using Microsoft.Extensions.Time.Testing;
using PackStation.Hardware.Printers;
using PackStation.Hardware.Printers.Transports;
using PackStation.TestKit;

namespace PackStation.Hardware.Tests.Printers.Transports;

public sealed class SpoolFolderPrinterTests
{
    [Fact]
    public async Task SendAsync_TwoJobs_OneCompleteFilePerJob()
    {
        using var dir = new TempDirectory();
        await using var printer = new SpoolFolderPrinter(dir.Path, PrinterLanguage.Zpl, new FakeTimeProvider(DateTimeOffset.Parse("2026-11-28T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
        await printer.SendAsync("^XA^XZ"u8.ToArray(), CancellationToken.None);
        await printer.SendAsync("^XA^FDx^FS^XZ"u8.ToArray(), CancellationToken.None);
        var files = Directory.GetFiles(dir.Path).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["job-20261128-090000-000-000001.zpl", "job-20261128-090000-000-000002.zpl"], files.Select(Path.GetFileName));
        Assert.Equal("^XA^FDx^FS^XZ"u8.ToArray(), await File.ReadAllBytesAsync(files[1]));
    }

    [Fact]
    public async Task SendAsync_FolderMissing_ThrowsNotReady()
    {
        using var dir = new TempDirectory();
        await using var printer = new SpoolFolderPrinter(dir.File("absent"), PrinterLanguage.Tspl);
        var error = await Assert.ThrowsAsync<PrinterNotReadyException>(() => printer.SendAsync("CLS\r\n"u8.ToArray(), CancellationToken.None));
        Assert.Equal("offline", error.Status.Fault);
    }
}
