using System.Collections.Frozen;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PackStation.Web.Pages;

/// <summary>
/// The pages' words in every language, from <c>Assets/texts.json</c> (one flat dictionary per language): written into
/// the HTML shells at start (<c>{{key}}</c>), and given to the scripts as <c>i18n.js</c>
/// (<c>window.PackStationTexts</c>) for what they draw later.
/// </summary>
public sealed partial class PageTexts
{
    public const string English = "en";
    public const string Chinese = "zh-CN";

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _texts;

    public PageTexts(byte[] json)
    {
        var parsed = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(json)
            ?? throw new InvalidDataException("texts.json is empty.");
        _texts = parsed.ToFrozenDictionary(l => l.Key, l => l.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal);
        Script = Encoding.UTF8.GetBytes("\"use strict\";\nwindow.PackStationTexts = " + Encoding.UTF8.GetString(json).Trim() + ";\n");
    }

    /// <summary>The languages pages are composed in; the first is the default.</summary>
    public static IReadOnlyList<string> Languages { get; } = [Chinese, English];

    /// <summary>The content of <c>i18n.js</c>.</summary>
    public byte[] Script { get; }

    public string Text(string language, string key) =>
        _texts.TryGetValue(language, out var texts) && texts.TryGetValue(key, out var text) ? text
        : _texts[English].TryGetValue(key, out var english) ? english
        : throw new KeyNotFoundException($"texts.json has no \"{key}\".");

    /// <summary>
    /// Replaces every <c>{{key}}</c> with its HTML-encoded text in <paramref name="language"/>; <c>{{lang}}</c> is the
    /// language itself, <c>{{other}}</c> the other one (for the language switch), <c>{{timeZone}}</c> the site's zone.
    /// </summary>
    public string Apply(string html, string language, string timeZone)
    {
        ArgumentNullException.ThrowIfNull(html);
        var other = language == Chinese ? English : Chinese;
        return Placeholder().Replace(html, m => m.Groups[1].Value switch
        {
            "lang" => language,
            "other" => other,
            "otherName" => other == Chinese ? "中文" : "English",
            "timeZone" => WebUtility.HtmlEncode(timeZone),
            var key => WebUtility.HtmlEncode(Text(language, key)),
        });
    }

    [GeneratedRegex(@"\{\{([A-Za-z0-9.\-]+)\}\}")]
    private static partial Regex Placeholder();
}
