using System.Security.Cryptography;
using System.Text;

namespace PackStation.Shops.Taobao;

/// <summary>
/// TOP request signing: every parameter except <c>sign</c> with a non-empty value, sorted by key (ordinal), joined
/// as key1value1key2value2…; then md5 (MD5 of secret+text+secret), hmac (HMAC-MD5 keyed with the secret) or
/// hmac-sha256 (HMAC-SHA256 keyed with the secret); upper-case hex.
/// </summary>
public static class TopSigner
{
    /// <summary>The sign methods TOP accepts (the <c>sign_method</c> parameter).</summary>
    public static IReadOnlyList<string> Methods { get; } = ["md5", "hmac", "hmac-sha256"];

    public static bool IsKnown(string? method) => Methods.Contains(method, StringComparer.OrdinalIgnoreCase);

    public static string Sign(IEnumerable<KeyValuePair<string, string>> parameters, string secret, string method)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(method);
        var text = new StringBuilder();
        foreach (var (name, value) in parameters.Where(p => p.Key != "sign" && !string.IsNullOrEmpty(p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal))
            text.Append(name).Append(value);
        var data = Encoding.UTF8.GetBytes(text.ToString());
        var key = Encoding.UTF8.GetBytes(secret);
        // MD5 is what TOP's md5 and hmac methods are; it signs requests here, it protects nothing stored.
#pragma warning disable CA5351
        var hash = method.ToLowerInvariant() switch
        {
            "md5" => MD5.HashData([.. key, .. data, .. key]),
            "hmac" => HMACMD5.HashData(key, data),
            "hmac-sha256" => HMACSHA256.HashData(key, data),
            _ => throw new ArgumentException($"unknown TOP sign method \"{method}\"", nameof(method)),
        };
#pragma warning restore CA5351
        return Convert.ToHexString(hash);
    }
}
