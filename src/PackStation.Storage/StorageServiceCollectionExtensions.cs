using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PackStation.Domain.Ports;
using PackStation.Settings;
using PackStation.Storage.Sqlite;

namespace PackStation.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store chosen by <c>Store:Provider</c> behind every store port. The schema is migrated by
    /// <see cref="StoreMigrationService"/> before anything else starts. Needs nothing else; a second call adds nothing.
    /// </summary>
    public static IServiceCollection AddPackStationStorage(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(IPackStore)))
            return services;
        services.AddSettings<StoreOptions>(configuration, StoreOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IPackStore>(sp => new SqlitePackStore(sp.GetRequiredService<IOptions<StoreOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IOrderStore>(sp => sp.GetRequiredService<IPackStore>());
        services.AddSingleton<IClaimStore>(sp => sp.GetRequiredService<IPackStore>());
        services.AddSingleton<IPackingStore>(sp => sp.GetRequiredService<IPackStore>());
        services.AddSingleton<ICatalogueStore>(sp => sp.GetRequiredService<IPackStore>());
        services.AddSingleton<IOutboxStore>(sp => sp.GetRequiredService<IPackStore>());
        services.AddSingleton<ISyncStateStore>(sp => sp.GetRequiredService<IPackStore>());
        services.AddSingleton<ITrackingNumberStore>(sp => (ITrackingNumberStore)sp.GetRequiredService<IPackStore>());
        services.AddSingleton<IPrintJobStore>(sp => (IPrintJobStore)sp.GetRequiredService<IPackStore>());
        services.AddHostedService<StoreMigrationService>();
        return services;
    }
}
