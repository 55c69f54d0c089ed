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
/// The printer driver: every real printer profile (ZPL, ESC/POS, TSPL) becomes a <see cref="TransportPrinter"/> that
/// composes the transport the binding names (<see cref="TransportFor"/>) and the status reader the profile names
/// (<see cref="StatusReaderFor"/>); a <c>File</c> binding is a spool folder. A new way to reach a printer is one more
/// case in <see cref="TransportFor"/>; a printer that is not bytes plus status (it takes documents and reports each
/// job itself) is one more arm in <see cref="Open"/>.
/// </summary>
public sealed class PrinterDriver(TimeProvider clock, ILoggerFactory? loggers = null) : IDeviceDriver<IPrinter>
{
    private readonly ILoggerFactory _loggers = loggers ?? NullLoggerFactory.Instance;
    private readonly DeviceTransports _transports = new(clock, loggers ?? NullLoggerFactory.Instance);

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
        return binding switch
        {
            { File: { } folder } when Given(folder) => new SpoolFolderPrinter(folder, settings.Language, clock),
            _ => new TransportPrinter(TransportFor(profile, settings, binding), StatusReaderFor(settings), settings.Language,
                settings.StatusTimeout, clock, _loggers.CreateLogger<TransportPrinter>()),
        };
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

    /// <summary>
    /// <c>Host</c> → raw TCP (9100 unless "host:port" or the profile's tcpPort); <c>Port</c> → the USB printer device
    /// file for <c>/dev/usb/lp*</c> or a profile with transport "usblp", otherwise a serial port.
    /// </summary>
    private IPrinterTransport TransportFor(HardwareProfile profile, PrinterSettings settings, DeviceBinding binding) => binding switch
    {
        { Host: { } host } when Given(host) => new TcpPrinterTransport(
            TcpPrinterOptions.Parse(host, profile.Transport.TcpPort ?? TcpPrinterOptions.DefaultPort) with { KeepAlive = settings.KeepAlive }),
        { Port: { } port } when Given(port) && IsUsbPrinterDevice(profile, port) => new DeviceFilePrinterTransport(port),
        { Port: { } port } when Given(port) => new SerialPrinterTransport(_transports.Serial(profile.Transport, port), settings.StatusTimeout),
        _ => throw new ArgumentException(
            $"Printer profile \"{profile.Id}\" needs a host (TCP), a port (serial or /dev/usb/lp*) or a file (spool folder).", nameof(binding)),
    };

    private static bool Given(string value) => !string.IsNullOrWhiteSpace(value);

    private static bool IsUsbPrinterDevice(HardwareProfile profile, string port) =>
        port.StartsWith("/dev/usb/lp", StringComparison.Ordinal) || string.Equals(profile.Transport.Type, "usblp", StringComparison.OrdinalIgnoreCase);
}
