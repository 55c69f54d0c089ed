using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Printers;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scales;
using PackStation.Hardware.Scales.Drivers;
using PackStation.Hardware.Scanners;
using PackStation.Hardware.Simulated;
using PackStation.Settings;

namespace PackStation.Hardware;

public static class HardwareServiceCollectionExtensions
{
    /// <summary>
    /// Registers the profile library, the device factory and one driver per device kind (with its simulated twin):
    /// <see cref="ScannerDriver"/>, <see cref="ScaleDriver"/>, <see cref="PrinterDriver"/>. <c>Hardware:ProfilesPath</c>
    /// is checked at start; needs nothing else, and a second call adds nothing.
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

        services.AddSingleton<IDeviceDriver<IBarcodeScanner>>(sp => new SimulatedDriver<IBarcodeScanner>(
            _ => new SimulatedScanner("simulated scanner", sp.GetRequiredService<TimeProvider>())));
        services.AddSingleton<IDeviceDriver<IBarcodeScanner>, ScannerDriver>();
        services.AddSingleton<IDeviceDriver<IScale>>(sp => new SimulatedDriver<IScale>(
            _ => new SimulatedScale("simulated scale", sp.GetRequiredService<TimeProvider>())));
        services.AddSingleton<IDeviceDriver<IScale>, ScaleDriver>();
        services.AddSingleton<IDeviceDriver<IPrinter>>(new SimulatedDriver<IPrinter>(
            profile => new SimulatedPrinter(profile.Printer?.Language ?? PrinterLanguage.Zpl, "simulated printer")));
        services.AddSingleton<IDeviceDriver<IPrinter>, PrinterDriver>();
        return services;
    }
}
