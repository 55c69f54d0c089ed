using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace PackStation.Web.Pages;

/// <summary>
/// Which language a page is served in: <c>?lang=zh-CN</c> or <c>?lang=en</c> (remembered in the <c>lang</c> cookie for
/// a year), else the cookie, else the browser's <c>Accept-Language</c> by preference, else Chinese.
/// </summary>
public static class PageLanguage
{
    public const string CookieName = "lang";

    public static string Choose(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Normalize(context.Request.Query["lang"].ToString()) is { } asked)
        {
            context.Response.Cookies.Append(CookieName, asked, new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365), Path = "/", SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax, IsEssential = true,
            });
            return asked;
        }

        return Normalize(context.Request.Cookies[CookieName]) ?? FromBrowser(context.Request) ?? PageTexts.Chinese;
    }

    /// <summary>"zh", "zh-CN", "zh-Hans-CN" → zh-CN; "en", "en-GB" → en; anything else: null.</summary>
    public static string? Normalize(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
            return null;
        var primary = language.Trim().Split('-', '_')[0];
        if (primary.Equals("zh", StringComparison.OrdinalIgnoreCase))
            return PageTexts.Chinese;
        return primary.Equals("en", StringComparison.OrdinalIgnoreCase) ? PageTexts.English : null;
    }

    private static string? FromBrowser(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var accepted))
            return null;
        return accepted.Where(a => (a.Quality ?? 1) > 0)
            .Select((a, i) => (Language: Normalize(a.Value.Value), Quality: a.Quality ?? 1, Order: i))
            .Where(a => a.Language is not null)
            .OrderByDescending(a => a.Quality).ThenBy(a => a.Order)
            .Select(a => a.Language)
            .FirstOrDefault();
    }
}
