namespace PackStation.Domain.Ports;

/// <summary>Web accounts (supervisors, dashboard viewers) and the web side's own keys (e.g. for station tokens).</summary>
public interface IAccountStore
{
    Task<WebAccount?> FindAccountAsync(string userName, CancellationToken cancellationToken);

    Task<IReadOnlyList<WebAccount>> ListAccountsAsync(CancellationToken cancellationToken);

    /// <summary>Adds an account. Returns false (and changes nothing) if the user name is taken.</summary>
    Task<bool> CreateAccountAsync(WebAccount account, CancellationToken cancellationToken);

    /// <summary>Replaces an account's password hash. Returns false if the account is unknown.</summary>
    Task<bool> SetPasswordAsync(string userName, string passwordHash, bool mustChangePassword, CancellationToken cancellationToken);

    /// <summary>The named secret, created once with <paramref name="create"/> if absent (the first writer wins).</summary>
    Task<string> GetOrCreateSecretAsync(string name, Func<string> create, CancellationToken cancellationToken);
}
