using Npgsql;
using NpgsqlTypes;

namespace PackStation.Storage.Postgres;

/// <summary>Typed parameters (so a null still has a type) and small command helpers.</summary>
internal static class Pg
{
    public static NpgsqlParameter Text(string name, string? value) => Parameter(name, NpgsqlDbType.Text, value);

    public static NpgsqlParameter Long(string name, long? value) => Parameter(name, NpgsqlDbType.Bigint, value);

    public static NpgsqlParameter Int(string name, int? value) => Parameter(name, NpgsqlDbType.Integer, value);

    public static NpgsqlParameter Bool(string name, bool value) => Parameter(name, NpgsqlDbType.Boolean, value);

    public static NpgsqlParameter Bytes(string name, byte[] value) => Parameter(name, NpgsqlDbType.Bytea, value);

    public static NpgsqlParameter Texts(string name, string?[] values) => Parameter(name, NpgsqlDbType.Array | NpgsqlDbType.Text, values);

    public static NpgsqlParameter Ints(string name, int?[] values) => Parameter(name, NpgsqlDbType.Array | NpgsqlDbType.Integer, values);

    public static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddRange(parameters);
        return command;
    }

    public static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql,
        CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The first column of the first row, or null.</summary>
    public static async Task<object?> ScalarAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql,
        CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    /// <summary>Every row through <paramref name="read"/>.</summary>
    public static async Task<List<T>> ListAsync<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql,
        Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
            list.Add(read(reader));
        return list;
    }

    private static NpgsqlParameter Parameter(string name, NpgsqlDbType type, object? value) =>
        new(name, type) { Value = value ?? DBNull.Value };
}
