using PackStation.Domain.Ports;

namespace PackStation.Storage.Sqlite;

/// <summary>Prepares the file (folder, WAL) and applies the embedded migrations.</summary>
internal sealed class SqliteStoreSchema(SqliteDatabase database) : IStoreSchema
{
    public Task MigrateAsync(CancellationToken cancellationToken) => database.MigrateAsync(cancellationToken);
}
