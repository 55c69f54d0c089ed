using System.Collections.Frozen;
using System.Security.Cryptography;

namespace PackStation.Web.Pages;

/// <summary>The pages, scripts and styles compiled into this assembly (no CDN, no build step), with ETags.</summary>
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
        _assets = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(n => n[Prefix.Length..], n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                var bytes = copy.ToArray();
                return new Asset(bytes, ContentTypes.GetValueOrDefault(Path.GetExtension(n), "application/octet-stream"),
                    "\"" + Convert.ToHexString(SHA256.HashData(bytes), 0, 8) + "\"");
            }, StringComparer.OrdinalIgnoreCase);
    }

    public Asset? Find(string name) => _assets.GetValueOrDefault(name);

    public sealed record Asset(byte[] Content, string ContentType, string ETag);
}
