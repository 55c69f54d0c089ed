using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PackStation.Domain.Ports;
using PackStation.Settings;
using PackStation.Storage.Postgres;
using PackStation.Storage.Sqlite;

namespace PackStation.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the provider chosen by <c>Store:Provider</c>: one implementation of every port of
    /// <c>PackStation.Domain/Ports</c>. The schema is migrated by <see cref="StoreMigrationService"/> before anything
    /// else starts. A new provider is one folder beside <c>Sqlite/</c> and one line in the switch below. The
    /// <c>Store</c> section is checked at start; needs nothing else, and a second call adds nothing.
    /// </summary>
    public static IServiceCollection AddPackStationStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(IStoreSchema)))
            return services;
        var section = configuration.GetSection(StoreOptions.SectionName);
        services.AddSettings<StoreOptions>(configuration, StoreOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        var provider = ProviderOf(section);
        _ = provider switch
        {
            StoreProvider.Sqlite => services.AddSqliteStore(),
            StoreProvider.Postgres => services.AddPostgresStore(),
            _ => throw new StoreException($"Store:Provider: {provider} is not available in this build."),
        };
        services.AddHostedService<StoreMigrationService>();
        return services;
    }

    private static StoreProvider ProviderOf(IConfigurationSection section)
    {
        var text = section[nameof(StoreOptions.Provider)];
        if (string.IsNullOrWhiteSpace(text))
            return StoreProvider.Sqlite;
        return Enum.TryParse<StoreProvider>(text, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new StoreException($"Store:Provider must be one of {string.Join(", ", Enum.GetNames<StoreProvider>())}, not \"{text}\".");
    }
}
