using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using PackStation.Packing.Waybills;
using PackStation.Web.Auth;

namespace PackStation.Web.Api;

/// <summary>
/// Batch e-waybills before picking: <c>GET /api/waybills</c> says whether this site can print them and, if not, exactly
/// why; <c>POST /api/waybills/batch</c> prints them for the next <c>count</c> ready orders (earliest ship-by first) on a
/// station's printer. Printing needs a supervisor and the antiforgery token.
/// </summary>
public static class WaybillsApi
{
    /// <param name="Count">How many waybills (1 to Waybills:MaxBatch).</param>
    /// <param name="Printer">A station id ("S01"); empty means Waybills:Printer or the first station.</param>
    /// <param name="Template">waybill-76x130 or waybill-100x180; empty means Waybills:Template.</param>
    public sealed record BatchRequest(int Count, string? Printer, string? Template);

    /// <param name="Reason">Why batches cannot be printed here; null when they can.</param>
    public sealed record WaybillsStatus(bool Available, string? Reason, int MaxBatch, string? Printer, string Template);

    public static IEndpointRouteBuilder MapWaybillsApi(this IEndpointRouteBuilder app, WebAccess access)
    {
        app.MapGet("/api/waybills", (WaybillBatchPrinter printer, IOptions<WaybillOptions> options) =>
        {
            var reason = printer.UnavailableReason();
            var o = options.Value;
            return TypedResults.Ok(new WaybillsStatus(reason is null, reason, o.MaxBatch, o.Printer, o.Template));
        }).RequireReadAccess(access).WithTags("Waybills").WithName("GetWaybillsStatus")
            .WithSummary("Whether this site prints batch e-waybills before picking, and if not, why");

        app.MapPost("/api/waybills/batch", async Task<IResult> (BatchRequest? request, WaybillBatchPrinter printer, CancellationToken cancellationToken) =>
        {
            if (printer.UnavailableReason() is { } reason)
                return TypedResults.Problem(reason, statusCode: StatusCodes.Status409Conflict, title: "waybills-not-used");
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
        }).RequireSupervisorChange().Produces<WaybillBatch>()
            .ProducesProblem(StatusCodes.Status409Conflict).WithTags("Waybills").WithName("PrintWaybillBatch")
            .WithSummary("Print e-waybills for the next ready orders on a station's printer (sites that print before picking)");
        return app;
    }
}
