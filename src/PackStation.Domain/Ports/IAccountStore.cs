using PackStation.Domain.Packers;

namespace PackStation.Domain.Ports;

/// <summary>
/// Web accounts (supervisors, dashboard viewers) and the web side's own keys (e.g. for station tokens). Every change
/// to an account is written with its <see cref="PeopleEvent"/> in one transaction; every change but creation gives the
/// account a new session stamp, which ends its sessions.
/// </summary>
public interface IAccountStore
{
    Task<WebAccount?> FindAccountAsync(string userName, CancellationToken cancellationToken);

    Task<IReadOnlyList<WebAccount>> ListAccountsAsync(CancellationToken cancellationToken);

    /// <summary>Adds an account. Returns false (and changes nothing) if the user name is taken.</summary>
    Task<bool> CreateAccountAsync(WebAccount account, PeopleEvent change, CancellationToken cancellationToken);

    /// <summary>Replaces an account's password hash and ends its sessions. Returns false if the account is unknown.</summary>
    Task<bool> SetPasswordAsync(string userName, string passwordHash, bool mustChangePassword, PeopleEvent change, CancellationToken cancellationToken);

    /// <summary>Disables or re-enables an account and ends its sessions. Returns false if the account is unknown.</summary>
    Task<bool> SetActiveAsync(string userName, bool active, PeopleEvent change, CancellationToken cancellationToken);

    /// <summary>Ends every session of the account (logout). Returns false if the account is unknown.</summary>
    Task<bool> EndSessionsAsync(string userName, CancellationToken cancellationToken);

    /// <summary>The named secret, created once with <paramref name="create"/> if absent (the first writer wins).</summary>
    Task<string> GetOrCreateSecretAsync(string name, Func<string> create, CancellationToken cancellationToken);

    /// <summary>The named secret, or null when it was never set.</summary>
    Task<string?> FindSecretAsync(string name, CancellationToken cancellationToken);

    /// <summary>Replaces the named secret (e.g. to revoke what was derived from it).</summary>
    Task SetSecretAsync(string name, string value, CancellationToken cancellationToken);
}
