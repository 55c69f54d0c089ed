using System.IO.Ports;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Transports;

namespace PackStation.Hardware.Tests.Transports;

public sealed class SerialPortOptionsTests
{
    [Fact]
    public void From_ProfileSettings_TakesEveryLineSetting()
    {
        var settings = new TransportSettings
        {
            BaudRate = 115200, Parity = "Even", DataBits = 7, StopBits = "Two", Handshake = "RequestToSend",
            ReadTimeout = TimeSpan.FromMilliseconds(300), WriteTimeout = TimeSpan.FromSeconds(5),
        };

        var options = SerialPortOptions.From(settings, "/dev/serial/by-id/usb-x");

        Assert.Equal("/dev/serial/by-id/usb-x", options.Path);
        Assert.Equal(115200, options.BaudRate);
        Assert.Equal(Parity.Even, options.Parity);
        Assert.Equal(7, options.DataBits);
        Assert.Equal(StopBits.Two, options.StopBits);
        Assert.Equal(Handshake.RequestToSend, options.Handshake);
        Assert.Equal(TimeSpan.FromMilliseconds(300), options.ReadTimeout);
        Assert.Equal(TimeSpan.FromSeconds(5), options.WriteTimeout);
    }

    [Theory]
    [InlineData("Sometimes", "One", "parity")]
    [InlineData("None", "Three", "stopBits")]
    public void From_UnknownValue_ThrowsNamingTheSetting(string parity, string stopBits, string named)
    {
        var settings = new TransportSettings { Parity = parity, StopBits = stopBits };

        var error = Assert.Throws<ArgumentException>(() => SerialPortOptions.From(settings, "/dev/ttyS0"));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
