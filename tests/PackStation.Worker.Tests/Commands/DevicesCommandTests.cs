using System.Text.Json;
using PackStation.TestKit;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Tests.Commands;

/// <summary><c>packstation devices</c> over a fake /dev and /sys laid out like a machine with two USB scanners.</summary>
public sealed class DevicesCommandTests
{
    [Fact]
    public async Task Devices_FakeMachine_ListsNodesWithUsbIdsAndMatchingProfiles()
    {
        using var root = new TempDirectory("devices");
        var dev = Path.Combine(root.Path, "dev");
        var sys = Path.Combine(root.Path, "sys");
        // A Newland-engine scanner in virtual-COM mode on ttyACM0, with its by-id link.
        var usbAcm = Directory.CreateDirectory(Path.Combine(sys, "devices", "pci0", "usb1", "1-2")).FullName;
        File.WriteAllText(Path.Combine(usbAcm, "idVendor"), "1eab\n");
        File.WriteAllText(Path.Combine(usbAcm, "idProduct"), "1d06\n");
        File.WriteAllText(Path.Combine(usbAcm, "product"), "Barcode Scanner\n");
        var acmInterface = Directory.CreateDirectory(Path.Combine(usbAcm, "1-2:1.0")).FullName;
        Directory.CreateDirectory(Path.Combine(sys, "class", "tty", "ttyACM0"));
        File.CreateSymbolicLink(Path.Combine(sys, "class", "tty", "ttyACM0", "device"), acmInterface);
        Directory.CreateDirectory(dev);
        File.WriteAllText(Path.Combine(dev, "ttyACM0"), "");
        Directory.CreateDirectory(Path.Combine(dev, "serial", "by-id"));
        File.CreateSymbolicLink(Path.Combine(dev, "serial", "by-id", "usb-Newland_Barcode_Scanner-if00"), Path.Combine(dev, "ttyACM0"));
        // A Honeywell 1250g keyboard on event3.
        var usbKbd = Directory.CreateDirectory(Path.Combine(sys, "devices", "pci0", "usb1", "1-3")).FullName;
        File.WriteAllText(Path.Combine(usbKbd, "idVendor"), "0c2e\n");
        File.WriteAllText(Path.Combine(usbKbd, "idProduct"), "0b61\n");
        var input = Directory.CreateDirectory(Path.Combine(usbKbd, "1-3:1.0", "0003:0C2E:0B61.0001", "input", "input5")).FullName;
        Directory.CreateDirectory(Path.Combine(sys, "class", "input", "event3"));
        File.CreateSymbolicLink(Path.Combine(sys, "class", "input", "event3", "device"), input);
        Directory.CreateDirectory(Path.Combine(dev, "input", "by-id"));
        File.WriteAllText(Path.Combine(dev, "input", "event3"), "");
        File.CreateSymbolicLink(Path.Combine(dev, "input", "by-id", "usb-Honeywell_Voyager-event-kbd"), Path.Combine(dev, "input", "event3"));
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await PackStationCli.RunAsync(["devices", "--json", $"--Devices:DevRoot={dev}", $"--Devices:SysRoot={sys}"], output, error);

        Assert.Equal(0, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var serial = Assert.Single(lines, l => l.GetProperty("kind").GetString() == "serial");
        Assert.EndsWith("usb-Newland_Barcode_Scanner-if00", serial.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Equal("1eab:1d06", serial.GetProperty("usb").GetString());
        Assert.Equal("scanner/newland-usb-com", Assert.Single(serial.GetProperty("profiles").EnumerateArray()).GetString());
        var keyboard = Assert.Single(lines, l => l.GetProperty("kind").GetString() == "input");
        Assert.Equal("0c2e:0b61", keyboard.GetProperty("usb").GetString());
        Assert.Equal("scanner/honeywell-voyager-1250g", Assert.Single(keyboard.GetProperty("profiles").EnumerateArray()).GetString());
    }
}
