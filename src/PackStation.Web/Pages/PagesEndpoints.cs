using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace PackStation.Web.Pages;

/// <summary>
/// The HTML pages and their assets. Pages are static shells (no data, no secrets): the data comes from the JSON API,
/// which applies the access rules. <c>/</c> dashboard, <c>/stations/{id}</c> station screen, <c>/login</c>.
/// </summary>
public static class PagesEndpoints
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context, EmbeddedAssets assets) => Serve(context, assets, "dashboard.html")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/stations/{id}", (HttpContext context, EmbeddedAssets assets) => Serve(context, assets, "station.html")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/login", (HttpContext context, EmbeddedAssets assets) => Serve(context, assets, "login.html")).AllowAnonymous().ExcludeFromDescription();
        // Browsers ask for a favicon on their own; "no content" (cached a day) instead of a 404 in every kiosk's console.
        app.MapGet("/favicon.ico", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.NoContent();
        }).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/assets/{name}", (string name, HttpContext context, EmbeddedAssets assets) => Serve(context, assets, name)).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static IResult Serve(HttpContext context, EmbeddedAssets assets, string name)
    {
        if (assets.Find(name) is not { } asset)
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
