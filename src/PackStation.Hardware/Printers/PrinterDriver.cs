using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Printers.EscPos;
using PackStation.Hardware.Printers.Transports;
using PackStation.Hardware.Printers.Tspl;
using PackStation.Hardware.Printers.Zpl;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Transports;

namespace PackStation.Hardware.Printers;

/// <summary>
/// Opens every real printer profile (ZPL, ESC/POS, TSPL) on the transport the binding names: <c>Host</c> → raw TCP
/// (9100 unless "host:port" or the profile's tcpPort), <c>Port</c> → the USB printer device file for
/// <c>/dev/usb/lp*</c> or a profile with transport "usblp", otherwise a serial port; <c>File</c> → a spool folder.
/// </summary>
public sealed class PrinterDriver(TimeProvider clock, ILoggerFactory? loggers = null) : IDeviceDriver<IPrinter>
{
    private readonly ILoggerFactory _loggers = loggers ?? NullLoggerFactory.Instance;

    public bool CanOpen(HardwareProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Kind == DeviceKind.Printer && profile.Printer is not null && !profile.IsSimulated
            && profile.Printer.Language != PrinterLanguage.Component;
    }

    public IPrinter Open(HardwareProfile profile, DeviceBinding binding)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(binding);
        var settings = profile.Printer ?? throw new ArgumentException($"Profile \"{profile.Id}\" has no printer section.", nameof(profile));

        if (!string.IsNullOrWhiteSpace(binding.File))
            return new SpoolFolderPrinter(binding.File, settings.Language, clock);

        IPrinterTransport transport;
        if (!string.IsNullOrWhiteSpace(binding.Host))
        {
            transport = new TcpPrinterTransport(TcpPrinterOptions.Parse(binding.Host, profile.Transport.TcpPort ?? TcpPrinterOptions.DefaultPort) with
            {
                KeepAlive = settings.KeepAlive,
            });
        }
        else if (!string.IsNullOrWhiteSpace(binding.Port))
        {
            transport = IsUsbPrinterDevice(profile, binding.Port)
                ? new DeviceFilePrinterTransport(binding.Port)
                : new SerialPrinterTransport(
                    new ReconnectingSerialPort(SerialPortOptions.From(profile.Transport, binding.Port), clock, _loggers.CreateLogger<ReconnectingSerialPort>()),
                    settings.StatusTimeout);
        }
        else
        {
            throw new ArgumentException($"Printer profile \"{profile.Id}\" needs a host (TCP), a port (serial or /dev/usb/lp*) or a file (spool folder).", nameof(binding));
        }

        return new TransportPrinter(transport, StatusReaderFor(settings), settings.Language, settings.StatusTimeout, clock, _loggers.CreateLogger<TransportPrinter>());
    }

    /// <summary>The status reader named by the profile's statusCommand.</summary>
    public static IPrinterStatusReader StatusReaderFor(PrinterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.StatusCommand.ToUpperInvariant() switch
        {
            "DLE-EOT" => new EscPosStatusReader(),
            "~HS" => new ZplStatusReader(),
            "ESC-!?" => new TsplStatusReader(),
            "NONE" => NoStatusReader.Instance,
            _ => throw new ArgumentException($"Unknown printer statusCommand \"{settings.StatusCommand}\" (dle-eot, ~hs, esc-!? or none).", nameof(settings)),
        };
    }

    private static bool IsUsbPrinterDevice(HardwareProfile profile, string port) =>
        port.StartsWith("/dev/usb/lp", StringComparison.Ordinal) || string.Equals(profile.Transport.Type, "usblp", StringComparison.OrdinalIgnoreCase);
}
