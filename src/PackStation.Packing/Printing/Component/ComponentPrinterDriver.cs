using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PackStation.Domain.Ports;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Printers;
using PackStation.Hardware.Printers.Component;
using PackStation.Hardware.Profiles;

namespace PackStation.Packing.Printing.Component;

/// <summary>
/// Opens printer profiles of language <c>Component</c> (cainiao-print-component, pdd-print-component,
/// douyin-print-component): the binding's <c>Host</c> (host or host:port; the profile's ws or wss port when omitted),
/// <c>Secure</c> and <c>Name</c> make a <see cref="ComponentPrinter"/>, completed by <see cref="PlatformWaybillPrinter"/>.
/// </summary>
public sealed class ComponentPrinterDriver(IWaybillPrintDataStore printData, IOptions<PrintComponentOptions> options, TimeProvider clock, ILoggerFactory loggers)
    : IDeviceDriver<IPrinter>
{
    public bool CanOpen(HardwareProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Kind == DeviceKind.Printer && profile.Printer?.Language == PrinterLanguage.Component;
    }

    public IPrinter Open(HardwareProfile profile, DeviceBinding binding)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(binding);
        return new PlatformWaybillPrinter(OpenComponent(profile, binding, clock, loggers), printData, options.Value);
    }

    /// <summary>The component alone (for <c>packstation devices</c>, which only lists its printers).</summary>
    public static ComponentPrinter OpenComponent(HardwareProfile profile, DeviceBinding binding, TimeProvider clock, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(binding);
        var settings = profile.Printer?.Component
            ?? throw new ProfileException($"Printer profile \"{profile.Id}\" has language Component but no component section.");
        if (string.IsNullOrWhiteSpace(binding.Host))
            throw new ProfileException($"Printer profile \"{profile.Id}\" is a print component: the binding needs Host (host or host:port).");
        var endpoint = ComponentEndpoint.Parse(binding.Host, binding.Secure, binding.Name, settings.Port, settings.SecurePort) with
        {
            ReplyTimeout = settings.ReplyTimeout,
            ResultTimeout = settings.ResultTimeout,
        };
        return new ComponentPrinter(endpoint, clock, loggers.CreateLogger<ComponentPrinter>());
    }
}
