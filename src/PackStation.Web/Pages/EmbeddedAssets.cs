using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PackStation.Labels;

namespace PackStation.Web.Pages;

/// <summary>
/// The pages, scripts and styles compiled into this assembly (no CDN, no build step), with ETags and versions. The
/// HTML pages are composed once per language (<see cref="PageTexts"/>: words and <c>lang</c> written in, the site's
/// time zone on <c>&lt;html data-tz&gt;</c>; <see cref="PageComposer"/>: stylesheet inlined, versioned script
/// addresses). <c>i18n.js</c> is made from <c>texts.json</c>.
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
        [".json"] = "application/json; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, Asset> _assets;
    private readonly FrozenDictionary<(string Page, string Language), Asset> _pages;

    public EmbeddedAssets(IOptions<SiteOptions> site, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(site);
        var raw = Load();
        Texts = new PageTexts(raw["texts.json"]);
        raw["i18n.js"] = Texts.Script;
        var versions = raw.ToDictionary(a => a.Key, a => Version(a.Value), StringComparer.OrdinalIgnoreCase);
        _assets = raw.Where(a => !a.Key.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            .ToFrozenDictionary(a => a.Key, a => new Asset(a.Value, ContentType(a.Key), $"\"{versions[a.Key]}\"", versions[a.Key], null),
                StringComparer.OrdinalIgnoreCase);
        var zone = IanaId(site.Value.Zone(clock));
        _pages = raw.Where(a => a.Key.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            .SelectMany(a => PageTexts.Languages.Select(language => (Page: a.Key, Language: language, Html: Encoding.UTF8.GetString(a.Value))))
            .ToFrozenDictionary(p => (p.Page, p.Language), p =>
            {
                var localized = Texts.Apply(p.Html, p.Language, zone);
                var (html, csp) = PageComposer.Compose(localized, raw.GetValueOrDefault, versions.GetValueOrDefault);
                var version = Version(html);
                return new Asset(html, ContentType(p.Page), $"\"{version}\"", version, csp);
            });
    }

    public PageTexts Texts { get; }

    /// <summary>A script, style or other asset by file name (not a page).</summary>
    public Asset? Find(string name) => _assets.GetValueOrDefault(name);

    /// <summary>An HTML page (dashboard.html, station.html, login.html) in one of <see cref="PageTexts.Languages"/>.</summary>
    public Asset? FindPage(string name, string language) => _pages.GetValueOrDefault((name, language));

    private static Dictionary<string, byte[]> Load()
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(n => n[Prefix.Length..], n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return copy.ToArray();
            }, StringComparer.OrdinalIgnoreCase);
    }

    private static string Version(byte[] content) => Convert.ToHexString(SHA256.HashData(content), 0, 8).ToLowerInvariant();

    private static string ContentType(string name) => ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream");

    /// <summary>Browsers know IANA ids only; a Windows id (never on Linux, but possible) is converted.</summary>
    private static string IanaId(TimeZoneInfo zone) =>
        zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : "UTC";

    /// <summary>An asset; <see cref="Csp"/> is set for HTML pages.</summary>
    public sealed record Asset(byte[] Content, string ContentType, string ETag, string Version, string? Csp);
}
