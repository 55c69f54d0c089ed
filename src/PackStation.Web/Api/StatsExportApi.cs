using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PackStation.Packing.Statistics;
using PackStation.Web.Auth;

namespace PackStation.Web.Api;

/// <summary><c>GET /api/stats/packers.csv</c>: the per-packer table as a CSV download.</summary>
public static class StatsExportApi
{
    public static IEndpointRouteBuilder MapStatsExportApi(this IEndpointRouteBuilder app, WebAccess access)
    {
        app.MapGet("/api/stats/packers.csv", async (StatsService stats, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var body = PackerCsv.Write((await stats.GetAsync(cancellationToken)).Packers);
            var name = $"packers-{TimeZoneInfo.ConvertTime(clock.GetUtcNow(), stats.Zone):yyyy-MM-dd}.csv";
            return TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(body)).ToArray(), "text/csv; charset=utf-8", name);
        }).RequireReadAccess(access).WithTags("Stats").WithName("ExportPackerStats")
            .WithSummary("Today's packer table as CSV").Produces<string>(StatusCodes.Status200OK, "text/csv");
        return app;
    }
}
