using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using PackStation.Domain.Ports;

namespace PackStation.Web.Auth;

/// <summary>Hashes and checks passwords (ASP.NET Core Identity's PBKDF2 format), and makes one-time passwords.</summary>
public sealed class PasswordService
{
    public const int MinimumLength = 10;
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private readonly PasswordHasher<string> _hasher = new();

    public string Hash(string userName, string password) => _hasher.HashPassword(userName, password);

    public bool Verify(WebAccount account, string password)
    {
        ArgumentNullException.ThrowIfNull(account);
        return _hasher.VerifyHashedPassword(account.UserName, account.PasswordHash, password) != PasswordVerificationResult.Failed;
    }

    /// <summary>A random password of 16 characters from an unambiguous alphabet.</summary>
    public static string OneTimePassword() => RandomNumberGenerator.GetString(Alphabet, 16);
}
