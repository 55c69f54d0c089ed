using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using PackStation.Packing.Stations;

namespace PackStation.Web.Pages;

/// <summary>
/// The HTML pages and their assets. Pages are static shells (no data, no secrets): the data comes from the JSON API,
/// which applies the access rules. <c>/</c> dashboard and <c>/login</c> in the reader's language
/// (<see cref="PageLanguage"/>), <c>/stations/{id}</c> in the station's configured language.
/// </summary>
public static class PagesEndpoints
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context, EmbeddedAssets assets) => ServePage(context, assets, "dashboard.html", PageLanguage.Choose(context)))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/stations/{id}", (string id, HttpContext context, EmbeddedAssets assets, StationBoard board) =>
                ServePage(context, assets, "station.html", PageLanguage.Normalize(board.Get(id)?.Language) ?? PageLanguage.Choose(context)))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/login", (HttpContext context, EmbeddedAssets assets) => ServePage(context, assets, "login.html", PageLanguage.Choose(context)))
            .AllowAnonymous().ExcludeFromDescription();
        // Browsers ask for a favicon on their own; "no content" (cached a day) instead of a 404 in every kiosk's console.
        app.MapGet("/favicon.ico", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.NoContent();
        }).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/assets/{name}", (string name, HttpContext context, EmbeddedAssets assets) => Serve(context, assets.Find(name)))
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static IResult ServePage(HttpContext context, EmbeddedAssets assets, string page, string language)
    {
        // The same address answers in another language after ?lang= or for another browser: caches must tell them apart.
        context.Response.Headers.Vary = "Accept-Language, Cookie";
        return Serve(context, assets.FindPage(page, language));
    }

    private static IResult Serve(HttpContext context, EmbeddedAssets.Asset? asset)
    {
        if (asset is null)
            return TypedResults.NotFound();
        var headers = context.Response.Headers;
        headers.ETag = asset.ETag;
        // A versioned address (?v= as the pages write it) never changes content: keep it a year. Pages: ask each time.
        headers.CacheControl = context.Request.Query["v"] == asset.Version ? "public, max-age=31536000, immutable" : "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        if (asset.Csp is not null)
        {
            headers.ContentSecurityPolicy = asset.Csp;
            headers.XFrameOptions = "DENY";
        }

        if (context.Request.Headers[HeaderNames.IfNoneMatch] == asset.ETag)
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Bytes(asset.Content, asset.ContentType);
    }
}
