using Microsoft.Data.Sqlite;
using PackStation.Domain.Ports;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Sqlite;

/// <summary>Web accounts and web secrets.</summary>
internal sealed class SqliteAccountStore(SqliteDatabase database) : IAccountStore
{
    private const string AccountColumns = StoredRows.AccountColumns;

    public Task<WebAccount?> FindAccountAsync(string userName, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            using var command = Sql.Command(connection, null, $"SELECT {AccountColumns} FROM web_accounts WHERE user_name = $name", ("$name", userName));
            using var r = await command.ExecuteReaderAsync(cancellationToken);
            return await r.ReadAsync(cancellationToken) ? ReadAccount(r) : null;
        }, cancellationToken);

    public Task<IReadOnlyList<WebAccount>> ListAccountsAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<WebAccount>>(async connection =>
        {
            using var command = Sql.Command(connection, null, $"SELECT {AccountColumns} FROM web_accounts ORDER BY user_name");
            using var r = await command.ExecuteReaderAsync(cancellationToken);
            var accounts = new List<WebAccount>();
            while (await r.ReadAsync(cancellationToken))
                accounts.Add(ReadAccount(r));
            return accounts;
        }, cancellationToken);

    public Task<bool> CreateAccountAsync(WebAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        return database.WriteAsync(async (connection, transaction) => await Sql.ExecuteAsync(connection, transaction,
            """
            INSERT INTO web_accounts (user_name, password_hash, role, must_change, created_utc)
            VALUES ($name, $hash, $role, $must, $at) ON CONFLICT (user_name) DO NOTHING
            """, cancellationToken, ("$name", account.UserName), ("$hash", account.PasswordHash), ("$role", account.Role),
            ("$must", account.MustChangePassword ? 1 : 0), ("$at", Sql.Ms(account.CreatedAt))) == 1, cancellationToken);
    }

    public Task<bool> SetPasswordAsync(string userName, string passwordHash, bool mustChangePassword, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Sql.ExecuteAsync(connection, transaction,
            "UPDATE web_accounts SET password_hash = $hash, must_change = $must WHERE user_name = $name",
            cancellationToken, ("$name", userName), ("$hash", passwordHash), ("$must", mustChangePassword ? 1 : 0)) == 1, cancellationToken);

    public Task<string> GetOrCreateSecretAsync(string name, Func<string> create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(create);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await Sql.ExecuteAsync(connection, transaction, "INSERT INTO web_secrets (name, value) VALUES ($name, $value) ON CONFLICT (name) DO NOTHING",
                cancellationToken, ("$name", name), ("$value", create()));
            using var command = Sql.Command(connection, transaction, "SELECT value FROM web_secrets WHERE name = $name", ("$name", name));
            return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        }, cancellationToken);
    }

    private static WebAccount ReadAccount(SqliteDataReader r) => StoredRows.Account(r);
}
