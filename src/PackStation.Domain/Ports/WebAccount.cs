namespace PackStation.Domain.Ports;

/// <summary>
/// A person who may use the web side: a supervisor (may change state) or a viewer (read-only dashboard).
/// <see cref="PasswordHash"/> is a salted PBKDF2 hash, never the password. A disabled account (<see cref="Active"/>
/// false) cannot log in. <see cref="SessionStamp"/> changes on logout, password change, reset and disable: a session
/// made under an older stamp is no longer accepted.
/// </summary>
public sealed record WebAccount(string UserName, string PasswordHash, string Role, bool MustChangePassword, DateTimeOffset CreatedAt,
    bool Active = true, string SessionStamp = "");
