using Npgsql;
using PackStation.Domain.Packers;
using PackStation.Domain.Ports;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Postgres;

/// <summary>
/// Web accounts (user names compare without case, as on SQLite) and web secrets on PostgreSQL. Every change but
/// creation gives the account a new session stamp; changes with an event write it in the same transaction.
/// </summary>
internal sealed class PostgresAccountStore(PostgresDatabase database) : IAccountStore
{
    public Task<WebAccount?> FindAccountAsync(string userName, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => (await Pg.ListAsync(connection, null,
            $"SELECT {StoredRows.AccountColumns} FROM web_accounts WHERE lower(user_name) = lower(@name)", StoredRows.Account, cancellationToken,
            Pg.Text("name", userName))).FirstOrDefault(), cancellationToken);

    public Task<IReadOnlyList<WebAccount>> ListAccountsAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => (IReadOnlyList<WebAccount>)await Pg.ListAsync(connection, null,
            $"SELECT {StoredRows.AccountColumns} FROM web_accounts ORDER BY lower(user_name)", StoredRows.Account, cancellationToken), cancellationToken);

    public Task<bool> CreateAccountAsync(WebAccount account, PeopleEvent change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(change);
        return database.WriteAsync(async (connection, transaction) =>
        {
            var created = await Pg.ExecuteAsync(connection, transaction,
                """
                INSERT INTO web_accounts (user_name, password_hash, role, must_change, created_utc, active, session_stamp)
                VALUES (@name, @hash, @role, @must, @at, @active, @stamp) ON CONFLICT DO NOTHING
                """, cancellationToken, Pg.Text("name", account.UserName), Pg.Text("hash", account.PasswordHash), Pg.Text("role", account.Role),
                Pg.Int("must", account.MustChangePassword ? 1 : 0), Pg.Long("at", StoredValues.Ms(account.CreatedAt)),
                Pg.Int("active", account.Active ? 1 : 0), Pg.Text("stamp", StoredValues.NewSessionStamp())) == 1;
            if (created)
                await PgPeopleEvents.InsertAsync(connection, transaction, change, cancellationToken);
            return created;
        }, cancellationToken);
    }

    public Task<bool> SetPasswordAsync(string userName, string passwordHash, bool mustChangePassword, PeopleEvent change, CancellationToken cancellationToken) =>
        ChangeAccountAsync("password_hash = @hash, must_change = @must, ", userName, change, cancellationToken,
            Pg.Text("hash", passwordHash), Pg.Int("must", mustChangePassword ? 1 : 0));

    public Task<bool> SetActiveAsync(string userName, bool active, PeopleEvent change, CancellationToken cancellationToken) =>
        ChangeAccountAsync("active = @active, ", userName, change, cancellationToken, Pg.Int("active", active ? 1 : 0));

    public Task<bool> EndSessionsAsync(string userName, CancellationToken cancellationToken) =>
        ChangeAccountAsync("", userName, null, cancellationToken);

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

    public Task<string?> FindSecretAsync(string name, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => (string?)await Pg.ScalarAsync(connection, null,
            "SELECT value FROM web_secrets WHERE name = @name", cancellationToken, Pg.Text("name", name)), cancellationToken);

    public Task SetSecretAsync(string name, string value, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Pg.ExecuteAsync(connection, transaction,
            "INSERT INTO web_secrets (name, value) VALUES (@name, @value) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            cancellationToken, Pg.Text("name", name), Pg.Text("value", value)), cancellationToken);

    /// <summary>Sets <paramref name="assignments"/> (each ending ", ") and a new session stamp, and logs <paramref name="change"/>.</summary>
    private Task<bool> ChangeAccountAsync(string assignments, string userName, PeopleEvent? change, CancellationToken cancellationToken,
        params NpgsqlParameter[] values) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var changed = await Pg.ExecuteAsync(connection, transaction,
                $"UPDATE web_accounts SET {assignments}session_stamp = @stamp WHERE lower(user_name) = lower(@name)", cancellationToken,
                [.. values, Pg.Text("name", userName), Pg.Text("stamp", StoredValues.NewSessionStamp())]) == 1;
            if (changed && change is not null)
                await PgPeopleEvents.InsertAsync(connection, transaction, change, cancellationToken);
            return changed;
        }, cancellationToken);
}
