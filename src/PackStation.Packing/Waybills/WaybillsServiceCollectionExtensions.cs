using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PackStation.Packing.Waybills;

public static class WaybillsServiceCollectionExtensions
{
    /// <summary>
    /// Registers batch waybill printing. Needs the store (its <c>IWaybillStore</c>), hardware profiles, the label renderer, a tracking-number
    /// source, and the Packing and Stations options (AddPackStationPacking binds them).
    /// </summary>
    public static IServiceCollection AddPackStationWaybills(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WaybillOptions>().Bind(configuration.GetSection(WaybillOptions.SectionName))
            .Validate(o => o.MaxBatch > 0 && o.ReservationTimeout > TimeSpan.Zero, "Waybills:MaxBatch and Waybills:ReservationTimeout must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WaybillPrinters>();
        services.TryAddSingleton<WaybillBatchPrinter>();
        return services;
    }
}
