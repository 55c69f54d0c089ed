using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PackStation.Packing.Statistics;
using PackStation.Web.Auth;

namespace PackStation.Web.Api;

/// <summary><c>GET /api/exceptions</c>: today's latest exception events (wrong items, weight, holds, printer faults), newest first.</summary>
public static class ExceptionsApi
{
    public static IEndpointRouteBuilder MapExceptionsApi(this IEndpointRouteBuilder app, WebAccess access)
    {
        app.MapGet("/api/exceptions", async (int? limit, StatsService stats, CancellationToken cancellationToken) =>
            TypedResults.Ok((await stats.RecentExceptionsAsync(cancellationToken)).Take(Math.Clamp(limit ?? 50, 1, 200)).ToList()))
            .RequireReadAccess(access).WithTags("Stats").WithName("ListExceptions");
        return app;
    }
}
