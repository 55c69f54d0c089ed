using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PackStation.Storage.Sqlite;

/// <summary>
/// Opens connections to the store file with the settings every connection needs: WAL journal (set once, it persists
/// in the file), the chosen synchronous level, a busy timeout and foreign keys. Pooled by Microsoft.Data.Sqlite.
/// </summary>
public sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;
    private readonly string _pragmas;

    public SqliteConnectionFactory(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(options.ConnectionString);
        }
        catch (ArgumentException e)
        {
            throw new StoreException($"Store:ConnectionString is not a valid SQLite connection string: {e.Message}", e);
        }

        if (string.IsNullOrWhiteSpace(builder.DataSource))
            throw new StoreException("Store:ConnectionString names no Data Source (the database file).");
        builder.Pooling = true;
        builder.ForeignKeys = true;
        builder.DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds);
        DataSource = builder.DataSource;
        _connectionString = builder.ToString();
        var synchronous = options.Durability == StoreDurability.Full ? "FULL" : "NORMAL";
        _pragmas = string.Create(CultureInfo.InvariantCulture,
            $"PRAGMA synchronous={synchronous}; PRAGMA busy_timeout={(int)options.BusyTimeout.TotalMilliseconds};");
    }

    public string DataSource { get; }

    public bool IsInMemory => DataSource == ":memory:" || DataSource.StartsWith("file::memory:", StringComparison.Ordinal);

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Opens a connection for reading only: no pragmas to run (the sync level concerns writes, and Microsoft.Data.Sqlite
    /// retries a busy read up to the Default Timeout by itself). Reads are frequent; one statement saved each counts.
    /// </summary>
    public async Task<SqliteConnection> OpenForReadAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens a connection synchronously, for the group-commit writer's own thread.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Closes this file's idle pooled connections (and the busy ones when they are returned).</summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>Creates the database's folder and switches the file to WAL; run once at start.</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (!IsInMemory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(DataSource));
            try
            {
                if (!string.IsNullOrEmpty(folder))
                    Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new StoreException($"Store:ConnectionString: cannot create the folder {folder} for {DataSource}: {e.Message}", e);
            }
        }

        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteScalarAsync(cancellationToken);
        }
        catch (SqliteException e)
        {
            throw new StoreException($"Store:ConnectionString: cannot open the database {DataSource}: {e.Message}", e);
        }
    }
}
