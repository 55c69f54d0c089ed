using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Ports;

namespace PackStation.Storage.Sqlite;

/// <summary>The SQLite provider: one database object for the file, and one small store per port over it.</summary>
internal static class SqliteStorage
{
    public static IServiceCollection AddSqliteStore(this IServiceCollection services)
    {
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<IStoreSchema, SqliteStoreSchema>();
        services.AddSingleton<IOrderStore, SqliteOrderStore>();
        services.AddSingleton<IClaimStore, SqliteClaimStore>();
        services.AddSingleton<IPackingStore, SqlitePackingStore>();
        services.AddSingleton<ICatalogueStore, SqliteCatalogueStore>();
        services.AddSingleton<IPeopleStore, SqlitePeopleStore>();
        services.AddSingleton<IOutboxStore, SqliteOutboxStore>();
        services.AddSingleton<ISyncStateStore, SqliteSyncStateStore>();
        services.AddSingleton<ISyncLease, SqliteSyncLease>();
        services.AddSingleton<IPrintJobStore, SqlitePrintJobStore>();
        services.AddSingleton<ITrackingNumberStore, SqliteTrackingNumberStore>();
        services.AddSingleton<IWaybillStore, SqliteWaybillStore>();
        services.AddSingleton<IWaybillPrintDataStore, SqliteWaybillPrintDataStore>();
        services.AddSingleton<IAccountStore, SqliteAccountStore>();
        return services;
    }
}
