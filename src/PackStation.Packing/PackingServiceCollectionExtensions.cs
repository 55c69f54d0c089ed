using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using PackStation.Hardware;
using PackStation.Labels;
using PackStation.Labels.Tracking;
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
using PackStation.Shops;

namespace PackStation.Packing;

public static class PackingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the stations, their runtime services and the statistics, with the <c>Packing</c> and <c>Stations</c>
    /// sections checked at start, and what they use of the other projects: hardware, labels and the tracking-number
    /// source (pool, SSCC or a carrier API). Needs the store ports (AddPackStationStorage); a second call adds nothing.
    /// </summary>
    public static IServiceCollection AddPackStationPacking(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(StationFleet)))
            return services;
        services.AddPackingSettings(configuration)
            .AddPackStationHardware(configuration)
            .AddPackStationLabels(configuration)
            .AddPackStationTrackingNumbers(configuration)
            .AddPackStationCarrierSources(configuration);
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
        services.AddSingleton<IDeviceDriver<IPrinter>, ComponentPrinterDriver>();
        services.AddSingleton<StationStores>();
        services.AddSingleton<StationFleet>();
        services.AddSingleton<StatsService>();
        services.AddPackStationWaybills(configuration);
        services.AddHostedService<StationsHostedService>();
        services.AddHostedService<DirectoryRefreshService>();
        services.AddHostedService<ClaimSweeper>();
        return services;
    }

    /// <summary>
    /// A simulated packer at every station with simulated devices (the demo site), besides everything
    /// <see cref="AddPackStationPacking"/> registers.
    /// </summary>
    public static IServiceCollection AddPackStationSimulatedPackers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPackStationPacking(configuration);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SimulatedPackersService>());
        return services;
    }
}
