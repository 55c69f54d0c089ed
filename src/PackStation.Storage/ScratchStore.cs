using System.Globalization;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace PackStation.Storage;

/// <summary>
/// A throwaway store of the configured provider, for <c>packstation simulate</c>: on SQLite a file in the given folder;
/// on PostgreSQL a schema of its own in the configured database (so no right to create databases is needed), dropped
/// when disposed. <see cref="Settings"/> point the run's composition at it.
/// </summary>
public sealed class ScratchStore : IAsyncDisposable
{
    private readonly string? _adminConnection;
    private readonly string? _schema;

    private ScratchStore(IReadOnlyDictionary<string, string?> settings, string description, string? adminConnection = null, string? schema = null)
    {
        Settings = settings;
        Description = description;
        _adminConnection = adminConnection;
        _schema = schema;
    }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>What the run's result calls the store ("sqlite (temporary)", "postgres (temporary schema …)").</summary>
    public string Description { get; }

    public static async Task<ScratchStore> CreateAsync(IConfiguration configuration, string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(StoreOptions.SectionName);
        if (!string.Equals(section[nameof(StoreOptions.Provider)], nameof(StoreProvider.Postgres), StringComparison.OrdinalIgnoreCase))
            return new ScratchStore(new Dictionary<string, string?> { ["Store:ConnectionString"] = $"Data Source={Path.Combine(folder, "simulate.db")}" },
                "sqlite (temporary)");

        var configured = section[nameof(StoreOptions.ConnectionString)] ?? "";
        var schema = string.Create(CultureInfo.InvariantCulture, $"packstation_simulate_{Guid.NewGuid():N}");
        try
        {
            await ExecuteAsync(configured, $"CREATE SCHEMA {schema}", cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException)
        {
            throw new StoreException($"Store:ConnectionString: cannot create a temporary schema for the simulation: {e.Message}", e);
        }

        var scratch = new NpgsqlConnectionStringBuilder(configured) { SearchPath = schema };
        return new ScratchStore(new Dictionary<string, string?> { ["Store:ConnectionString"] = scratch.ToString() },
            $"postgres (temporary schema {schema})", configured, schema);
    }

    public async ValueTask DisposeAsync()
    {
        if (_adminConnection is null)
            return;
        await ExecuteAsync(_adminConnection, $"DROP SCHEMA IF EXISTS {_schema} CASCADE", CancellationToken.None);
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
