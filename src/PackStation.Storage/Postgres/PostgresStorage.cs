using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Ports;

namespace PackStation.Storage.Postgres;

/// <summary>The PostgreSQL provider: one pool for the server, and one small store per port over it.</summary>
internal static class PostgresStorage
{
    public static IServiceCollection AddPostgresStore(this IServiceCollection services)
    {
        services.AddSingleton<PostgresDatabase>();
        services.AddSingleton<IStoreSchema, PostgresStoreSchema>();
        services.AddSingleton<IOrderStore, PostgresOrderStore>();
        services.AddSingleton<IClaimStore, PostgresClaimStore>();
        services.AddSingleton<IPackingStore, PostgresPackingStore>();
        services.AddSingleton<ICatalogueStore, PostgresCatalogueStore>();
        services.AddSingleton<IPeopleStore, PostgresPeopleStore>();
        services.AddSingleton<IOutboxStore, PostgresOutboxStore>();
        services.AddSingleton<ISyncStateStore, PostgresSyncStateStore>();
        services.AddSingleton<ISyncLease, PostgresSyncLease>();
        services.AddSingleton<IPrintJobStore, PostgresPrintJobStore>();
        services.AddSingleton<ITrackingNumberStore, PostgresTrackingNumberStore>();
        services.AddSingleton<IWaybillStore, PostgresWaybillStore>();
        services.AddSingleton<IAccountStore, PostgresAccountStore>();
        return services;
    }
}
