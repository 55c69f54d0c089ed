using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using PackStation.Packing.Statistics;
using PackStation.Web.Auth;

namespace PackStation.Web.Api;

/// <summary><c>GET /api/stats</c>: today's throughput, packers, stations and queue (the shape in docs/interfaces.md).</summary>
public static class StatsApi
{
    public static IEndpointRouteBuilder MapStatsApi(this IEndpointRouteBuilder app, WebAccess access)
    {
        app.MapGet("/api/stats", async Task<Ok<PackingStats>> (StatsService stats, CancellationToken cancellationToken) =>
            TypedResults.Ok(await stats.GetAsync(cancellationToken)))
            .RequireReadAccess(access)
            .WithTags("Stats")
            .WithName("GetStats");
        return app;
    }
}
