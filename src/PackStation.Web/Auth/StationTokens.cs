using System.Security.Cryptography;
using System.Text;
using PackStation.Domain.Ports;

namespace PackStation.Web.Auth;

/// <summary>
/// Per-station tokens for kiosk screens: HMAC-SHA256 of the station id under a key kept in the store (made at first
/// use). A token opens only its own station's screen; supervisors see the tokens on the stations page.
/// </summary>
public sealed class StationTokens(IAccountStore accounts)
{
    private byte[]? _key;

    public async Task<string> TokenForAsync(string stationId, CancellationToken cancellationToken)
    {
        var key = await KeyAsync(cancellationToken);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stationId.ToUpperInvariant()));
        return Convert.ToBase64String(mac, 0, 18).Replace('+', '-').Replace('/', '_');
    }

    public async Task<bool> IsValidAsync(string stationId, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token))
            return false;
        var expected = await TokenForAsync(stationId, cancellationToken);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(token));
    }

    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken) =>
        _key ??= Convert.FromBase64String(await accounts.GetOrCreateSecretAsync("station-token-key",
            () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), cancellationToken));
}
