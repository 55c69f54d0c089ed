using Npgsql;
using PackStation.Domain.Ports;

namespace PackStation.Storage.Postgres;

/// <summary>Applies the PostgreSQL migrations; a server that cannot be reached is one message naming the setting.</summary>
internal sealed class PostgresStoreSchema(PostgresDatabase database) : IStoreSchema
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            await PostgresMigrator.MigrateAsync(database.DataSource, database.Clock, cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw new StoreException($"Store:ConnectionString: the PostgreSQL database {database.Server} cannot be opened or migrated: {e.Message}", e);
        }
    }
}
