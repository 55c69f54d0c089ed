using System.Data;
using System.Data.Common;
using Microsoft.Extensions.Options;
using Npgsql;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Postgres;

/// <summary>
/// The PostgreSQL server behind every port of this provider: one <see cref="NpgsqlDataSource"/> (the pool) per process.
/// Unless the connection string says otherwise, the pool is capped at <see cref="StoreOptions.MaxPoolSize"/> (so ten
/// hosts stay under the server's default 100 connections), TCP keepalive is on (a host whose network died is noticed),
/// and statements used often are prepared automatically. Every write is one READ COMMITTED transaction, retried when
/// the server reports a deadlock or a serialization failure.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    private const int Attempts = 4;

    public PostgresDatabase(IOptions<StoreOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        var builder = Builder(options.Value);
        Server = $"{builder.Host}:{builder.Port}/{builder.Database}";
        DataSource = NpgsqlDataSource.Create(builder);
    }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>host:port/database, for messages (never the password).</summary>
    public string Server { get; }

    public TimeProvider Clock { get; }

    public long NowMs => StoredValues.Ms(Clock.GetUtcNow());

    public async Task<T> WriteAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
                await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
                var result = await work(connection, transaction);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (PostgresException e) when (attempt < Attempts && e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure)
            {
                // The server rolled the transaction back; running it again is safe.
            }
        }
    }

    public async Task<T> ReadAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        return await work(connection);
    }

    public void Dispose() => DataSource.Dispose();

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();

    private static NpgsqlConnectionStringBuilder Builder(StoreOptions options)
    {
        NpgsqlConnectionStringBuilder builder;
        DbConnectionStringBuilder given;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            given = new DbConnectionStringBuilder { ConnectionString = options.ConnectionString };
        }
        catch (ArgumentException e)
        {
            throw new StoreException($"Store:ConnectionString is not a valid PostgreSQL (Npgsql) connection string: {e.Message}", e);
        }

        if (string.IsNullOrWhiteSpace(builder.Host) || string.IsNullOrWhiteSpace(builder.Database))
            throw new StoreException("Store:ConnectionString must name the server and the database: Host=…;Database=…;Username=…;Password=….");
        if (!Names(given, "Maximum Pool Size", "Max Pool Size", "MaxPoolSize"))
            builder.MaxPoolSize = options.MaxPoolSize;
        if (!Names(given, "Keepalive", "Keep Alive", "KeepAlive"))
            builder.KeepAlive = (int)options.KeepAlive.TotalSeconds;
        if (!Names(given, "Max Auto Prepare", "MaxAutoPrepare"))
            builder.MaxAutoPrepare = 64;
        if (!Names(given, "Application Name", "ApplicationName"))
            builder.ApplicationName = "packstation";
        return builder;
    }

    private static bool Names(DbConnectionStringBuilder given, params string[] keys) => keys.Any(given.ContainsKey);
}
