using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PackStation.Hardware;
using PackStation.Labels;
using PackStation.Labels.Tracking;
using PackStation.Settings;
using PackStation.Shops;

namespace PackStation.Packing.Waybills;

public static class WaybillsServiceCollectionExtensions
{
    /// <summary>
    /// Registers batch waybill printing (<c>Waybills</c>, checked at start) and what it uses: the <c>Packing</c> and
    /// <c>Stations</c> sections (a batch goes to a station's printer), hardware profiles, the label renderer and the
    /// tracking-number source. Needs the store ports (AddPackStationStorage: its <c>IWaybillStore</c>); a second call adds nothing.
    /// </summary>
    public static IServiceCollection AddPackStationWaybills(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(WaybillBatchPrinter)))
            return services;
        services.AddSettings<WaybillOptions>(configuration, WaybillOptions.SectionName);
        services.AddPackingSettings(configuration)
            .AddPackStationHardware(configuration)
            .AddPackStationLabels(configuration)
            .AddPackStationTrackingNumbers(configuration)
            .AddPackStationCarrierSources(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WaybillPrinters>();
        services.TryAddSingleton<WaybillBatchPrinter>();
        return services;
    }
}
