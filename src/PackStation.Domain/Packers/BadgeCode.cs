using System.Security.Cryptography;

namespace PackStation.Domain.Packers;

/// <summary>
/// Badge codes: <c>PB</c> and 12 random characters of Crockford's base 32 (no I, L, O, U), 60 bits from the system's
/// cryptographic generator, so a badge cannot be guessed from a name, an id or another badge. Upper case and digits
/// only, so any scanner in any keyboard mode sends it; a code is compared without regard to case (Caps Lock).
/// </summary>
public static class BadgeCode
{
    public const string Prefix = "PB";
    public const int RandomLength = 12;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New() => Prefix + RandomNumberGenerator.GetString(Alphabet, RandomLength);

    /// <summary>The form codes are looked up in: trimmed, upper case.</summary>
    public static string Normalize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Trim().ToUpperInvariant();
    }
}
