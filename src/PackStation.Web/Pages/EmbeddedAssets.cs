using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace PackStation.Web.Pages;

/// <summary>
/// The pages, scripts and styles compiled into this assembly (no CDN, no build step), with ETags and versions; the
/// HTML pages composed once (<see cref="PageComposer"/>: stylesheet inlined, versioned script addresses).
/// </summary>
public sealed class EmbeddedAssets
{
    private const string Prefix = "PackStation.Web.Assets.";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, Asset> _assets;

    public EmbeddedAssets()
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        var raw = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(n => n[Prefix.Length..], n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return copy.ToArray();
            }, StringComparer.OrdinalIgnoreCase);
        var versions = raw.ToDictionary(a => a.Key, a => Convert.ToHexString(SHA256.HashData(a.Value), 0, 8).ToLowerInvariant(), StringComparer.OrdinalIgnoreCase);
        _assets = raw.ToFrozenDictionary(a => a.Key, a =>
        {
            var type = ContentTypes.GetValueOrDefault(Path.GetExtension(a.Key), "application/octet-stream");
            if (!a.Key.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
                return new Asset(a.Value, type, $"\"{versions[a.Key]}\"", versions[a.Key], null);
            var (html, csp) = PageComposer.Compose(Encoding.UTF8.GetString(a.Value), raw.GetValueOrDefault, versions.GetValueOrDefault);
            var version = Convert.ToHexString(SHA256.HashData(html), 0, 8).ToLowerInvariant();
            return new Asset(html, type, $"\"{version}\"", version, csp);
        }, StringComparer.OrdinalIgnoreCase);
    }

    public Asset? Find(string name) => _assets.GetValueOrDefault(name);

    /// <summary>An asset; <see cref="Csp"/> is set for HTML pages.</summary>
    public sealed record Asset(byte[] Content, string ContentType, string ETag, string Version, string? Csp);
}
