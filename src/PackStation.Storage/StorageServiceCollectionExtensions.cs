using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PackStation.Domain.Ports;
using PackStation.Storage.Sqlite;

namespace PackStation.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store chosen by <c>Store:Provider</c> behind every store port. The schema is migrated by
    /// <see cref="StoreMigrationService"/> before anything else starts.
    /// </summary>
    public static IServiceCollection AddPackStationStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StoreOptions>()
            .Bind(configuration.GetSection(StoreOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "Store:ConnectionString is empty.")
            .Validate(o => o.ClaimLease >= TimeSpan.FromSeconds(5), "Store:ClaimLease must be at least 5 seconds.")
            .Validate(o => o.BusyTimeout >= TimeSpan.FromMilliseconds(100), "Store:BusyTimeout must be at least 100 ms.")
            .Validate(o => o.Provider == StoreProvider.Sqlite,
                "Store:Provider: PostgreSQL is not available in this build yet; use Sqlite.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IPackStore>(sp => new SqlitePackStore(sp.GetRequiredService<IOptions<StoreOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IOrderStore>(sp => sp.GetRequiredService<IPackStore>());
        services.AddSingleton<IClaimStore>(sp => sp.GetRequiredService<IPackStore>());
        services.AddSingleton<IPackingStore>(sp => sp.GetRequiredService<IPackStore>());
        services.AddSingleton<ICatalogueStore>(sp => sp.GetRequiredService<IPackStore>());
        services.AddSingleton<IPeopleStore>(sp => sp.GetRequiredService<IPackStore>());
        services.AddSingleton<IOutboxStore>(sp => sp.GetRequiredService<IPackStore>());
        services.AddSingleton<ISyncStateStore>(sp => sp.GetRequiredService<IPackStore>());
        services.AddSingleton<ITrackingNumberStore>(sp => (ITrackingNumberStore)sp.GetRequiredService<IPackStore>());
        services.AddSingleton<IPrintJobStore>(sp => (IPrintJobStore)sp.GetRequiredService<IPackStore>());
        services.AddHostedService<StoreMigrationService>();
        return services;
    }
}
