using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PackStation.Domain.Ports;

namespace PackStation.Packing.Waybills;

public static class WaybillsServiceCollectionExtensions
{
    /// <summary>
    /// Registers batch waybill printing. Needs the store, hardware profiles, the label renderer, a tracking-number
    /// source, and the Packing and Stations options (AddPackStationPacking binds them).
    /// </summary>
    public static IServiceCollection AddPackStationWaybills(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WaybillOptions>().Bind(configuration.GetSection(WaybillOptions.SectionName))
            .Validate(o => o.MaxBatch > 0 && o.ReservationTimeout > TimeSpan.Zero, "Waybills:MaxBatch and Waybills:ReservationTimeout must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => sp.GetRequiredService<IPackStore>() as IWaybillStore
            ?? throw new InvalidOperationException("Store:Provider: this store cannot print waybills in batches."));
        services.TryAddSingleton<WaybillPrinters>();
        services.TryAddSingleton<WaybillBatchPrinter>();
        return services;
    }
}
