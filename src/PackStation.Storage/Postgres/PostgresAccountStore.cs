using PackStation.Domain.Ports;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Postgres;

/// <summary>Web accounts (user names compare without case, as on SQLite) and web secrets on PostgreSQL.</summary>
internal sealed class PostgresAccountStore(PostgresDatabase database) : IAccountStore
{
    public Task<WebAccount?> FindAccountAsync(string userName, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => (await Pg.ListAsync(connection, null,
            $"SELECT {StoredRows.AccountColumns} FROM web_accounts WHERE lower(user_name) = lower(@name)", StoredRows.Account, cancellationToken,
            Pg.Text("name", userName))).FirstOrDefault(), cancellationToken);

    public Task<IReadOnlyList<WebAccount>> ListAccountsAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => (IReadOnlyList<WebAccount>)await Pg.ListAsync(connection, null,
            $"SELECT {StoredRows.AccountColumns} FROM web_accounts ORDER BY lower(user_name)", StoredRows.Account, cancellationToken), cancellationToken);

    public Task<bool> CreateAccountAsync(WebAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        return database.WriteAsync(async (connection, transaction) => await Pg.ExecuteAsync(connection, transaction,
            """
            INSERT INTO web_accounts (user_name, password_hash, role, must_change, created_utc)
            VALUES (@name, @hash, @role, @must, @at) ON CONFLICT DO NOTHING
            """, cancellationToken, Pg.Text("name", account.UserName), Pg.Text("hash", account.PasswordHash), Pg.Text("role", account.Role),
            Pg.Int("must", account.MustChangePassword ? 1 : 0), Pg.Long("at", StoredValues.Ms(account.CreatedAt))) == 1, cancellationToken);
    }

    public Task<bool> SetPasswordAsync(string userName, string passwordHash, bool mustChangePassword, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Pg.ExecuteAsync(connection, transaction,
            "UPDATE web_accounts SET password_hash = @hash, must_change = @must WHERE lower(user_name) = lower(@name)",
            cancellationToken, Pg.Text("name", userName), Pg.Text("hash", passwordHash), Pg.Int("must", mustChangePassword ? 1 : 0)) == 1, cancellationToken);

    public Task<string> GetOrCreateSecretAsync(string name, Func<string> create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(create);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await Pg.ExecuteAsync(connection, transaction, "INSERT INTO web_secrets (name, value) VALUES (@name, @value) ON CONFLICT (name) DO NOTHING",
                cancellationToken, Pg.Text("name", name), Pg.Text("value", create()));
            return (string)(await Pg.ScalarAsync(connection, transaction, "SELECT value FROM web_secrets WHERE name = @name", cancellationToken,
                Pg.Text("name", name)))!;
        }, cancellationToken);
    }
}
