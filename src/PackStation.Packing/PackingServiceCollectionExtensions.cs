using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Printers;
using PackStation.Packing.Directory;
using PackStation.Packing.Printing.Component;
using PackStation.Packing.Labelling;
using PackStation.Packing.Simulation;
using PackStation.Packing.Stations;
using PackStation.Packing.Statistics;
using PackStation.Packing.Waybills;

namespace PackStation.Packing;

public static class PackingServiceCollectionExtensions
{
    /// <summary>Registers the stations, their runtime services and the statistics. Needs storage and hardware registered.</summary>
    public static IServiceCollection AddPackStationPacking(this IServiceCollection services, IConfiguration configuration, bool simulatedPackers)
    {
        services.AddOptions<PackingOptions>().Bind(configuration.GetSection(PackingOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PackingOptions>>(new SectionValidator<PackingOptions>(PackingOptions.SectionName));
        services.AddOptions<StationsOptions>().Bind(configuration.GetSection(StationsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StationsOptions>, StationsOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PackingDirectory>();
        services.AddSingleton<PeopleService>();
        services.AddSingleton<StaffImporter>();
        services.AddSingleton<StationBoard>();
        services.AddSingleton<LatencyRecorder>();
        services.AddSingleton<DemoTrackingNumbers>();
        // Sites label through the renderer and their tracking-number source; the demo site and simulations (no source
        // configured) print the basic ZPL label with demo numbers.
        if (configuration["Carrier:TrackingNumbers"] is { Length: > 0 })
            services.TryAddSingleton<IParcelLabeler, RenderingParcelLabeler>();
        else
            services.TryAddSingleton<IParcelLabeler, BasicParcelLabeler>();
        // Platform print components (Cainiao, Pinduoduo, Douyin) are station printers of their own kind.
        services.AddOptions<PrintComponentOptions>().Bind(configuration.GetSection(PrintComponentOptions.SectionName));
        services.AddSingleton<IDeviceDriver<IPrinter>, ComponentPrinterDriver>();
        services.AddSingleton<StationStores>();
        services.AddSingleton<StationFleet>();
        services.AddSingleton<StatsService>();
        services.AddPackStationWaybills(configuration);
        services.AddHostedService<StationsHostedService>();
        services.AddHostedService<DirectoryRefreshService>();
        services.AddHostedService<ClaimSweeper>();
        if (simulatedPackers)
            services.AddHostedService<SimulatedPackersService>();
        return services;
    }
}
