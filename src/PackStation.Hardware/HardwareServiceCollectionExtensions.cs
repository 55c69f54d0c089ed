using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Printers;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scales;
using PackStation.Hardware.Scanners;
using PackStation.Hardware.Simulated;
using PackStation.Settings;

namespace PackStation.Hardware;

public static class HardwareServiceCollectionExtensions
{
    /// <summary>
    /// Registers the profile library (<c>Hardware:ProfilesPath</c>, checked at start), the device factory and every
    /// driver. Needs nothing else; a second call adds nothing.
    /// </summary>
    public static IServiceCollection AddPackStationHardware(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(DeviceFactory)))
            return services;
        services.AddSettings<HardwareOptions>(configuration, HardwareOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<HardwareOptions>>().Value.ProfilesPath;
            var directory = string.IsNullOrWhiteSpace(configured) ? ProfileLibrary.FindDefaultDirectory() : configured;
            return directory is null
                ? throw new ProfileException("No hardware-profiles folder was found next to the program; set Hardware:ProfilesPath.")
                : ProfileLibrary.Load(directory);
        });
        services.AddSingleton<DeviceFactory>();

        services.AddSingleton<IDeviceDriver<IBarcodeScanner>, SimulatedScannerDriver>();
        services.AddSingleton<IDeviceDriver<IBarcodeScanner>, PackStation.Hardware.Scanners.Serial.SerialScannerDriver>();
        services.AddSingleton<IDeviceDriver<IBarcodeScanner>, PackStation.Hardware.Scanners.Evdev.EvdevScannerDriver>();
        services.AddSingleton<IDeviceDriver<IBarcodeScanner>, PackStation.Hardware.Scanners.HidPos.HidPosScannerDriver>();
        services.AddSingleton<IDeviceDriver<IScale>, SimulatedScaleDriver>();
        services.AddSingleton<IDeviceDriver<IScale>, PackStation.Hardware.Scales.Drivers.SerialScaleDriver>();
        services.AddSingleton<IDeviceDriver<IScale>, PackStation.Hardware.Scales.HidPos.HidrawScaleDriver>();
        services.AddSingleton<IDeviceDriver<IPrinter>, SimulatedPrinterDriver>();
        services.AddSingleton<IDeviceDriver<IPrinter>, PrinterDriver>();
        return services;
    }
}
