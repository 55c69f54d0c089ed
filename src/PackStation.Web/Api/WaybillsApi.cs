using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PackStation.Packing.Waybills;
using PackStation.Web.Auth;

namespace PackStation.Web.Api;

/// <summary>
/// <c>POST /api/waybills/batch</c>: prints e-waybills for the next <c>count</c> ready orders (earliest ship-by first) on
/// a station's printer, before picking. Authenticated supervisors with an antiforgery token only.
/// </summary>
public static class WaybillsApi
{
    /// <param name="Count">How many waybills (1 to Waybills:MaxBatch).</param>
    /// <param name="Printer">A station id ("S01"); empty means Waybills:Printer or the first station.</param>
    /// <param name="Template">waybill-76x130 or waybill-100x180; empty means Waybills:Template.</param>
    public sealed record BatchRequest(int Count, string? Printer, string? Template);

    public static IEndpointRouteBuilder MapWaybillsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/waybills/batch", async Task<IResult> (BatchRequest? request, WaybillBatchPrinter printer, CancellationToken cancellationToken) =>
        {
            if (request is null)
                return TypedResults.Problem("Send {\"count\": N} (and optionally \"printer\", \"template\").", statusCode: StatusCodes.Status400BadRequest);
            try
            {
                return TypedResults.Ok(await printer.PrintAsync(request.Count, request.Printer, request.Template, cancellationToken));
            }
            catch (WaybillBatchException e)
            {
                return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "waybill-batch-refused");
            }
        }).RequireAuthorization(WebRoles.ChangePolicy).AddEndpointFilter<AntiforgeryFilter>().WithTags("Waybills").WithName("PrintWaybillBatch")
            .WithSummary("Print e-waybills for the next ready orders").Produces<WaybillBatch>().ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }
}
