using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Sqlite;

/// <summary>Small helpers for commands and the time columns.</summary>
internal static class Sql
{
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<long> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        var result = await command.ExecuteScalarAsync(cancellationToken);
        return result is null or DBNull ? 0 : Convert.ToInt64(result, CultureInfo.InvariantCulture);
    }

    public static long Ms(DateTimeOffset at) => StoredValues.Ms(at);

    public static DateTimeOffset FromMs(long ms) => StoredValues.FromMs(ms);

    public static string Iso(DateTimeOffset at) => StoredValues.Iso(at);

    public static DateTimeOffset ParseIso(string text) => StoredValues.ParseIso(text);

    public static string? NullableString(DbDataReader reader, int ordinal) => StoredValues.NullableString(reader, ordinal);

    public static long? NullableLong(DbDataReader reader, int ordinal) => StoredValues.NullableLong(reader, ordinal);
}
