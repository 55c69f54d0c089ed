using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PackStation.Web.Pages;

/// <summary>
/// Prepares the HTML shells once at start for a fast first render: each page's stylesheet is inlined (no blocking
/// request before the first paint; allowed by its hash in the Content-Security-Policy, not by 'unsafe-inline'), and
/// script addresses carry their content's version (<c>?v=</c>) so browsers may keep them for a year.
/// </summary>
public static partial class PageComposer
{
    public const string BaseCsp = "default-src 'self'; img-src 'self' data:; script-src 'self'; frame-ancestors 'none'";

    /// <summary>The page's HTML and its Content-Security-Policy.</summary>
    public static (byte[] Html, string Csp) Compose(string html, Func<string, byte[]?> asset, Func<string, string?> version)
    {
        ArgumentNullException.ThrowIfNull(html);
        var styleHashes = new List<string>();
        html = Stylesheet().Replace(html, m =>
        {
            if (asset(m.Groups["name"].Value) is not { } css)
                return m.Value;
            var text = Encoding.UTF8.GetString(css);
            styleHashes.Add($"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}'");
            return $"<style>{text}</style>";
        });
        html = Script().Replace(html, m => version(m.Groups["name"].Value) is { } v
            ? $"<script src=\"/assets/{m.Groups["name"].Value}?v={v}\""
            : m.Value);
        var csp = BaseCsp + "; style-src 'self'" + string.Concat(styleHashes.Select(h => " " + h));
        return (Encoding.UTF8.GetBytes(html), csp);
    }

    [GeneratedRegex("""<link rel="stylesheet" href="/assets/(?<name>[a-z0-9-]+\.css)">""")]
    private static partial Regex Stylesheet();

    [GeneratedRegex(@"<script src=""/assets/(?<name>[a-z0-9-]+\.js)""")]
    private static partial Regex Script();
}
