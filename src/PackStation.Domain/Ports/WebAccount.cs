namespace PackStation.Domain.Ports;

/// <summary>
/// A person who may use the web side: a supervisor (may change state) or a viewer (read-only dashboard).
/// <see cref="PasswordHash"/> is a salted PBKDF2 hash, never the password.
/// </summary>
public sealed record WebAccount(string UserName, string PasswordHash, string Role, bool MustChangePassword, DateTimeOffset CreatedAt);
