using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PackStation.Domain.Ports;
using PackStation.Labels;
using PackStation.Packing.Labelling;
using PackStation.Packing.Stations;
using PackStation.Web.Auth;

namespace PackStation.Web.Api;

/// <summary>
/// An order's labels for a supervisor: reprint one (<c>POST /api/orders/{id}/labels/{job}/reprint</c>: the same bytes
/// again, on the printer that printed it, through its station's queue) and preview one
/// (<c>GET /api/orders/{id}/labels/{job}/preview.png</c>: the label for that parcel as the station's labeler lays it out).
/// </summary>
public static class OrderLabelsApi
{
    public static IEndpointRouteBuilder MapOrderLabelsApi(this IEndpointRouteBuilder app, WebAccess access)
    {
        var group = app.MapGroup("/api/orders/{id}/labels/{job:long}").WithTags("Orders");
        group.MapPost("/reprint", async Task<IResult> (string id, long job, IPrintJobStore jobs, StationFleet fleet, CancellationToken cancellationToken) =>
        {
            if (await FindLabelAsync(jobs, id, job, cancellationToken) is not { } original)
                return TypedResults.NotFound();
            if (original.Station is not { } station || fleet.Find(station) is not { } runtime)
                return TypedResults.Problem($"Label {job} was printed on {original.Printer}, which this service does not drive: reprint it at that station.",
                    statusCode: StatusCodes.Status409Conflict, title: "conflict");
            var reprint = await runtime.PrintQueue.ReprintAsync(original.Id, cancellationToken);
            return TypedResults.Accepted($"/api/orders/{Uri.EscapeDataString(id)}", LabelJobView.Of(reprint));
        }).RequireSupervisorChange().Produces<LabelJobView>(StatusCodes.Status202Accepted).Produces(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).WithName("ReprintLabel")
            .WithSummary("Print an order's label again on the printer that printed it (queued: it prints when the printer is ready)");

        group.MapGet("/preview.png", async Task<IResult> (string id, long job, IPrintJobStore jobs, IOrderStore orders, StationFleet fleet,
            IParcelLabeler labeler, CancellationToken cancellationToken) =>
        {
            if (await FindLabelAsync(jobs, id, job, cancellationToken) is not { TrackingNumber: { } tracking } label
                || await orders.GetOrderAsync(id, cancellationToken) is not { } order)
                return TypedResults.NotFound();
            var profile = label.Station is { } station ? fleet.Find(station)?.Devices.PrinterProfile : null;
            if (profile is null)
                return Unavailable($"Label {job} was printed on {label.Printer}, which this service does not drive.");
            try
            {
                return labeler.RenderPreview(order, tracking, profile) is { } png
                    ? TypedResults.File(png, "image/png")
                    : Unavailable("This site prints the demo's basic labels, which have no preview (a site with Carrier:TrackingNumbers set has one).");
            }
            catch (LabelRenderException e)
            {
                return Unavailable("The label cannot be drawn: " + e.Message);
            }
        }).RequireReadAccess(access).Produces<byte[]>(StatusCodes.Status200OK, "image/png").Produces(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).WithName("PreviewLabel").WithSummary("A label of the order as a PNG");
        return app;
    }

    private static async Task<PrintJob?> FindLabelAsync(IPrintJobStore jobs, string orderId, long jobId, CancellationToken cancellationToken) =>
        await jobs.GetAsync(jobId, cancellationToken) is { Kind: PrintJobKind.Label or PrintJobKind.Reprint } job && job.OrderId == orderId ? job : null;

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Unavailable(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "no-preview");
}
