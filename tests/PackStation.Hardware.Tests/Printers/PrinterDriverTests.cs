using PackStation.Hardware.Devices;
using PackStation.Hardware.Printers;
using PackStation.Hardware.Printers.Transports;
using PackStation.Hardware.Profiles;
using PackStation.TestKit;
using PackStation.TestKit.Printers;

namespace PackStation.Hardware.Tests.Printers;

public sealed class PrinterDriverTests
{
    private static readonly HardwareProfile Zebra = new()
    {
        Id = "zebra-test",
        Kind = DeviceKind.Printer,
        Vendor = "Zebra",
        Model = "Test",
        Transport = new TransportSettings { Type = "tcp", TcpPort = 9100 },
        Printer = new PrinterSettings { Language = PrinterLanguage.Zpl, StatusCommand = "~hs" },
    };

    private readonly PrinterDriver _driver = new(TimeProvider.System);

    [Fact]
    public async Task Open_HostBinding_TalksTcpWithTheProfileStatusCommand()
    {
        await using var fake = new FakeTcpPrinter(FakePrinterLanguage.Zpl, "^XZ") { Fault = "cover-open" };
        await using var printer = _driver.Open(Zebra, new DeviceBinding { Profile = "zebra-test", Host = fake.HostAndPort });
        Assert.Equal(fake.HostAndPort, printer.Name);
        Assert.Equal("cover-open", (await printer.QueryStatusAsync(CancellationToken.None)).Fault);
    }

    [Fact]
    public async Task Open_FileBinding_IsASpoolFolder()
    {
        using var dir = new TempDirectory();
        await using var printer = _driver.Open(Zebra, new DeviceBinding { File = dir.Path });
        Assert.IsType<SpoolFolderPrinter>(printer);
    }

    [Fact]
    public void Open_NoWhere_ThrowsNamingTheChoices() =>
        Assert.Contains("host", Assert.Throws<ArgumentException>(() => _driver.Open(Zebra, new DeviceBinding())).Message, StringComparison.Ordinal);

    [Fact]
    public void Open_UnknownStatusCommand_Throws() =>
        Assert.Throws<ArgumentException>(() => _driver.Open(Zebra with { Printer = new PrinterSettings { StatusCommand = "ask-nicely" } }, new DeviceBinding { Host = "127.0.0.1" }));

    [Fact]
    public void CanOpen_SimulatedProfile_IsFalse() =>
        Assert.False(_driver.CanOpen(Zebra with { Transport = new TransportSettings { Type = "simulated" } }));
}
