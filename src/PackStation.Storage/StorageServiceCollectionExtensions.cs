using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PackStation.Domain.Leases;
using PackStation.Domain.Ports;
using PackStation.Storage.Leases;
using PackStation.Storage.Postgres;
using PackStation.Storage.Sqlite;

namespace PackStation.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the provider chosen by <c>Store:Provider</c>: one implementation of every port of
    /// <c>PackStation.Domain/Ports</c>. The schema is migrated by <see cref="StoreMigrationService"/> before anything
    /// else starts. A new provider is one folder beside <c>Sqlite/</c> and one line in the switch below.
    /// </summary>
    public static IServiceCollection AddPackStationStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(StoreOptions.SectionName);
        services.AddOptions<StoreOptions>()
            .Bind(section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "Store:ConnectionString is empty.")
            .Validate(_ => section["ClaimLease"] is null,
                "Store:ClaimLease is not a setting (it never had an effect): the claim lease is Packing:ClaimLease (default 00:02:00).")
            .Validate(o => o.BusyTimeout >= TimeSpan.FromMilliseconds(100), "Store:BusyTimeout must be at least 100 ms.")
            .Validate(o => o.MaxPoolSize is >= 2 and <= 200, "Store:MaxPoolSize must be between 2 and 200.")
            .Validate(o => o.KeepAlive >= TimeSpan.FromSeconds(1) && o.KeepAlive <= TimeSpan.FromMinutes(10), "Store:KeepAlive must be between 00:00:01 and 00:10:00.")
            .Validate(o => Enum.IsDefined(o.Create), "Store:Create must be IfMissing, IfEmpty or Never.")
            .Validate(o => o.CheckTimeout >= TimeSpan.Zero, "Store:CheckTimeout must not be negative.")
            .Validate(o => o.LeaseDuration >= TimeSpan.FromSeconds(3) && o.LeaseDuration <= TimeSpan.FromMinutes(10),
                "Store:LeaseDuration must be between 00:00:03 and 00:10:00.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        var provider = ProviderOf(section);
        _ = provider switch
        {
            StoreProvider.Sqlite => services.AddSqliteStore(),
            StoreProvider.Postgres => services.AddPostgresStore(),
            _ => throw new StoreException($"Store:Provider: {provider} is not available in this build."),
        };
        services.AddSingleton<ILeaseKeeper, LeaseKeeper>();
        services.AddSingleton<SiteLeader>();
        services.AddSingleton<ISiteLeader>(sp => sp.GetRequiredService<SiteLeader>());
        services.AddHostedService<StoreMigrationService>();
        services.AddHostedService<SiteLeaderService>();
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
