using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PackStation.Packing.Stations;

namespace PackStation.Web.Api;

/// <summary><c>GET /healthz</c>: 200 once the stations are running, 503 before.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (StationBoard board, StationFleet fleet) =>
            board.All.Count >= fleet.Runtimes.Count && fleet.Runtimes.Count > 0
                ? Results.Text("ok\n", "text/plain")
                : Results.Text("starting\n", "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithName("Health").WithTags("Health").WithSummary("Whether the stations run (200 ok, 503 while starting)")
            .Produces<string>(StatusCodes.Status200OK, "text/plain").Produces<string>(StatusCodes.Status503ServiceUnavailable, "text/plain")
            .AllowAnonymous();
        return app;
    }
}
