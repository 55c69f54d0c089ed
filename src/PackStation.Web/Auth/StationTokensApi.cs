using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PackStation.Packing.Stations;

namespace PackStation.Web.Auth;

/// <summary><c>GET /api/stations/tokens</c>: each station's kiosk address with its token (supervisors only).</summary>
public static class StationTokensApi
{
    public sealed record StationLink(string StationId, string Path);

    public static IEndpointRouteBuilder MapStationTokensApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stations/tokens", async (StationFleet fleet, StationTokens tokens, HttpContext context, CancellationToken cancellationToken) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            var links = new List<StationLink>();
            foreach (var runtime in fleet.Runtimes)
                links.Add(new StationLink(runtime.StationId, $"/stations/{Uri.EscapeDataString(runtime.StationId)}?token={await tokens.TokenForAsync(runtime.StationId, cancellationToken)}"));
            return TypedResults.Ok(links);
        }).RequireAuthorization(WebRoles.ChangePolicy).WithTags("Stations").WithName("ListStationLinks");
        return app;
    }
}
