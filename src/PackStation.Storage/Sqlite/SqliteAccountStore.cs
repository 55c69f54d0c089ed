using Microsoft.Data.Sqlite;
using PackStation.Domain.Packers;
using PackStation.Domain.Ports;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Sqlite;

/// <summary>Web accounts and web secrets (migrations 0400 and 0510).</summary>
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

    public Task<bool> CreateAccountAsync(WebAccount account, PeopleEvent change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(change);
        return database.WriteAsync(async (connection, transaction) =>
        {
            var created = await Sql.ExecuteAsync(connection, transaction,
                """
                INSERT INTO web_accounts (user_name, password_hash, role, must_change, created_utc, active, session_stamp)
                VALUES ($name, $hash, $role, $must, $at, $active, $stamp) ON CONFLICT (user_name) DO NOTHING
                """, cancellationToken, ("$name", account.UserName), ("$hash", account.PasswordHash), ("$role", account.Role),
                ("$must", account.MustChangePassword ? 1 : 0), ("$at", Sql.Ms(account.CreatedAt)), ("$active", account.Active ? 1 : 0),
                ("$stamp", NewStamp())) == 1;
            if (created)
                await PeopleEventRows.InsertAsync(connection, transaction, change, cancellationToken);
            return created;
        }, cancellationToken);
    }

    public Task<bool> SetPasswordAsync(string userName, string passwordHash, bool mustChangePassword, PeopleEvent change, CancellationToken cancellationToken) =>
        ChangeAccountAsync("password_hash = $hash, must_change = $must", userName, change, cancellationToken,
            ("$hash", passwordHash), ("$must", mustChangePassword ? 1 : 0));

    public Task<bool> SetActiveAsync(string userName, bool active, PeopleEvent change, CancellationToken cancellationToken) =>
        ChangeAccountAsync("active = $active", userName, change, cancellationToken, ("$active", active ? 1 : 0));

    public Task<bool> EndSessionsAsync(string userName, CancellationToken cancellationToken) =>
        ChangeAccountAsync(null, userName, null, cancellationToken);

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

    public Task<string?> FindSecretAsync(string name, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            using var command = Sql.Command(connection, null, "SELECT value FROM web_secrets WHERE name = $name", ("$name", name));
            return await command.ExecuteScalarAsync(cancellationToken) as string;
        }, cancellationToken);

    public Task SetSecretAsync(string name, string value, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await Sql.ExecuteAsync(connection, transaction,
            "INSERT INTO web_secrets (name, value) VALUES ($name, $value) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            cancellationToken, ("$name", name), ("$value", value)), cancellationToken);

    /// <summary>Sets <paramref name="assignments"/> (if any) and a new session stamp, and logs <paramref name="change"/>.</summary>
    private Task<bool> ChangeAccountAsync(string? assignments, string userName, PeopleEvent? change, CancellationToken cancellationToken,
        params (string, object?)[] values) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var set = assignments is null ? "session_stamp = $stamp" : assignments + ", session_stamp = $stamp";
            var changed = await Sql.ExecuteAsync(connection, transaction, $"UPDATE web_accounts SET {set} WHERE user_name = $name", cancellationToken,
                [.. values, ("$name", userName), ("$stamp", NewStamp())]) == 1;
            if (changed && change is not null)
                await PeopleEventRows.InsertAsync(connection, transaction, change, cancellationToken);
            return changed;
        }, cancellationToken);

    private static string NewStamp() => StoredValues.NewSessionStamp();

    private static WebAccount ReadAccount(SqliteDataReader r) => StoredRows.Account(r);
}
