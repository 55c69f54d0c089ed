using Npgsql;
using PackStation.Domain.Ports;

namespace PackStation.Storage.Postgres;

/// <summary>
/// A shop's sync lease as a session advisory lock on a connection held for the run. The server releases it when the
/// lease is disposed, or when the holder's connection ends (its host died: keepalive notices), so a sync is never
/// run twice at once by the hosts of a site and a dead host never blocks the next one.
/// </summary>
internal sealed class PostgresSyncLease(PostgresDatabase database) : ISyncLease
{
    public async Task<IAsyncDisposable?> TryAcquireAsync(string shop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shop);
        var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var key = Pg.Text("key", "packstation-sync:" + shop);
            if (await Pg.ScalarAsync(connection, null, "SELECT pg_try_advisory_lock(hashtextextended(@key, 0))", cancellationToken, key) is true)
                return new Held(connection, shop);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    private sealed class Held(NpgsqlConnection connection, string shop) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await Pg.ExecuteAsync(connection, null, "SELECT pg_advisory_unlock(hashtextextended(@key, 0))", CancellationToken.None,
                    Pg.Text("key", "packstation-sync:" + shop));
            }
            catch (NpgsqlException)
            {
                // The connection is gone, and the lock with it.
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
