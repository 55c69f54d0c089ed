using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PackStation.Packing.Stations;
using PackStation.Web.Sheets;

namespace PackStation.Web.Auth;

/// <summary>
/// Kiosk links for supervisors: each station's screen address with its token (<c>GET /api/stations/tokens</c>), the
/// address as a QR code to scan with the bench tablet (<c>GET /api/stations/{id}/link.svg</c>), and revoking a
/// station's token (<c>POST /api/stations/{id}/token/revoke</c>), which answers the new link.
/// </summary>
public static class StationTokensApi
{
    /// <param name="Path">The screen's address on this server, token included.</param>
    /// <param name="Url">The same as a full address: <c>Web:PublicUrl</c> (or the address this request came to) + path.</param>
    /// <param name="QrCode">Where the QR code of <paramref name="Url"/> is (SVG).</param>
    public sealed record StationLink(string StationId, string Path, string Url, string Token, string QrCode);

    public static IEndpointRouteBuilder MapStationTokensApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stations/tokens", async (StationFleet fleet, StationTokens tokens, WebOptions options, HttpContext context,
            CancellationToken cancellationToken) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            var links = new List<StationLink>();
            foreach (var runtime in fleet.Runtimes)
                links.Add(Link(runtime.StationId, await tokens.TokenForAsync(runtime.StationId, cancellationToken), options, context.Request));
            return TypedResults.Ok(links);
        }).RequireSupervisorRead().WithTags("Stations").WithName("ListStationLinks")
            .WithSummary("Each station's kiosk address with its token and the address of its QR code");

        app.MapGet("/api/stations/{id}/link.svg", async Task<IResult> (string id, StationFleet fleet, StationTokens tokens, WebOptions options,
            HttpContext context, CancellationToken cancellationToken) =>
        {
            if (fleet.Find(id) is not { } runtime)
                return TypedResults.NotFound();
            context.Response.Headers.CacheControl = "no-store";
            var link = Link(runtime.StationId, await tokens.TokenForAsync(runtime.StationId, cancellationToken), options, context.Request);
            return Results.Content(QrSvg.Render(link.Url, $"{runtime.StationId}: {link.Url}"), "image/svg+xml");
        }).RequireSupervisorRead().Produces<string>(StatusCodes.Status200OK, "image/svg+xml").Produces(StatusCodes.Status404NotFound)
            .WithTags("Stations").WithName("GetStationLinkQrCode").WithSummary("The station's kiosk address as a QR code (SVG)");

        app.MapPost("/api/stations/{id}/token/revoke", async Task<IResult> (string id, StationFleet fleet, StationTokens tokens, WebOptions options,
            HttpContext context, CancellationToken cancellationToken) =>
        {
            if (fleet.Find(id) is not { } runtime)
                return TypedResults.NotFound();
            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.Ok(Link(runtime.StationId, await tokens.RevokeAsync(runtime.StationId, cancellationToken), options, context.Request));
        }).RequireSupervisorChange().Produces(StatusCodes.Status404NotFound).WithTags("Stations").WithName("RevokeStationToken")
            .WithSummary("Revoke a station's kiosk token: screens opened with it lose access; answers the new link");
        return app;
    }

    private static StationLink Link(string stationId, string token, WebOptions options, HttpRequest request)
    {
        var path = $"/stations/{Uri.EscapeDataString(stationId)}?token={token}";
        var root = options.PublicUrl is { Length: > 0 } configured ? configured.TrimEnd('/') : $"{request.Scheme}://{request.Host}";
        return new StationLink(stationId, path, root + path, token, $"/api/stations/{Uri.EscapeDataString(stationId)}/link.svg");
    }
}
