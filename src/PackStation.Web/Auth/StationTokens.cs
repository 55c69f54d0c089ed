using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using PackStation.Domain.Ports;

namespace PackStation.Web.Auth;

/// <summary>
/// Per-station tokens for kiosk screens: HMAC-SHA256 of the station id (and its token generation, once revoked) under a
/// key kept in the store (made at first use). A token opens only its own station's screen. <see cref="RevokeAsync"/>
/// gives the station a new generation: the old token stops opening the screen, and live streams opened with it end
/// (another host sharing the store notices within <see cref="GenerationCacheTime"/>).
/// </summary>
public sealed class StationTokens(IAccountStore accounts, TimeProvider clock)
{
    public static readonly TimeSpan GenerationCacheTime = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<string, (string Generation, DateTimeOffset ReadAt)> _generations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _revoked = new(StringComparer.Ordinal);
    private byte[]? _key;

    public async Task<string> TokenForAsync(string stationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stationId);
        var id = stationId.ToUpperInvariant();
        var generation = await GenerationAsync(id, cancellationToken);
        var key = await KeyAsync(cancellationToken);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(generation.Length == 0 ? id : id + ":" + generation));
        return Convert.ToBase64String(mac, 0, 18).Replace('+', '-').Replace('/', '_');
    }

    public async Task<bool> IsValidAsync(string stationId, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token))
            return false;
        var expected = await TokenForAsync(stationId, cancellationToken);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(token));
    }

    /// <summary>Revokes the station's token and returns its new one.</summary>
    public async Task<string> RevokeAsync(string stationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stationId);
        var id = stationId.ToUpperInvariant();
        var generation = Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        await accounts.SetSecretAsync(SecretName(id), generation, cancellationToken);
        _generations[id] = (generation, clock.GetUtcNow());
        if (_revoked.TryRemove(id, out var revoked))
        {
            await revoked.CancelAsync();
            revoked.Dispose();
        }

        return await TokenForAsync(id, cancellationToken);
    }

    /// <summary>Cancelled when the station's token is revoked in this process: a stream opened with the token ends then.</summary>
    public CancellationToken RevokedSignal(string stationId) =>
        _revoked.GetOrAdd(stationId.ToUpperInvariant(), _ => new CancellationTokenSource()).Token;

    private async Task<string> GenerationAsync(string id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_generations.TryGetValue(id, out var cached) && now - cached.ReadAt < GenerationCacheTime)
            return cached.Generation;
        var generation = await accounts.FindSecretAsync(SecretName(id), cancellationToken) ?? "";
        _generations[id] = (generation, now);
        return generation;
    }

    private static string SecretName(string id) => "station-token-generation:" + id;

    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken) =>
        _key ??= Convert.FromBase64String(await accounts.GetOrCreateSecretAsync("station-token-key",
            () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), cancellationToken));
}
