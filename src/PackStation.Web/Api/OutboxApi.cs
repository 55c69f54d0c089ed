using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PackStation.Domain.Ports;
using PackStation.Domain.Shipping;
using PackStation.Web.Auth;

namespace PackStation.Web.Api;

/// <summary>
/// Write-backs to the shop (shipment confirmations): the list by state with the shop's last message
/// (<c>GET /api/outbox?state=parked</c>), and for a parked one — the shop refused it — a retry once the cause is fixed,
/// or "done" when a supervisor wrote the tracking number into the seller centre by hand.
/// </summary>
public static class OutboxApi
{
    public static IEndpointRouteBuilder MapOutboxApi(this IEndpointRouteBuilder app, WebAccess access)
    {
        var group = app.MapGroup("/api/outbox").WithTags("Outbox");
        group.MapGet("", async Task<IResult> (string? state, int? limit, IOutboxStore outbox, CancellationToken cancellationToken) =>
        {
            ConfirmationState? parsed = null;
            if (!string.IsNullOrEmpty(state))
            {
                if (!Enum.TryParse<ConfirmationState>(state, ignoreCase: true, out var s) || !Enum.IsDefined(s))
                    return TypedResults.Problem("state: pending, delivered or parked.", statusCode: StatusCodes.Status400BadRequest, title: "invalid");
                parsed = s;
            }

            return TypedResults.Ok(await outbox.ListAsync(parsed, Math.Clamp(limit ?? 200, 1, 1000), cancellationToken));
        }).RequireReadAccess(access).ProducesProblem(StatusCodes.Status400BadRequest).WithName("ListWriteBacks")
            .WithSummary("Shipment confirmations to the shop, by state (parked: the shop refused; lastError has its message)");

        group.MapPost("/{id:long}/retry", async Task<IResult> (long id, IOutboxStore outbox, TimeProvider clock, CancellationToken cancellationToken) =>
            await outbox.RetryParkedAsync(id, clock.GetUtcNow(), cancellationToken) ? TypedResults.NoContent() : await NotParkedAsync(outbox, id, cancellationToken))
            .RequireSupervisorChange().Produces(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).WithName("RetryWriteBack")
            .WithSummary("Send a parked write-back again (the shop's state is checked first)");

        group.MapPost("/{id:long}/done", async Task<IResult> (long id, IOutboxStore outbox, TimeProvider clock, HttpContext context,
            CancellationToken cancellationToken) =>
        {
            var parked = await outbox.FindAsync(id, cancellationToken);
            var note = $"marked done by {context.Actor()}" + (parked?.LastError is { } said ? "; the shop had said: " + said : "");
            return await outbox.CloseParkedAsync(id, clock.GetUtcNow(), note, cancellationToken) ? TypedResults.NoContent() : await NotParkedAsync(outbox, id, cancellationToken);
        }).RequireSupervisorChange().Produces(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).WithName("CloseWriteBack")
            .WithSummary("Mark a parked write-back done: the tracking number was given to the shop by hand");
        return app;
    }

    private static async Task<IResult> NotParkedAsync(IOutboxStore outbox, long id, CancellationToken cancellationToken) =>
        await outbox.FindAsync(id, cancellationToken) is { } confirmation
            ? TypedResults.Problem($"Write-back {id} is {confirmation.State.ToString().ToLowerInvariant()}, not parked.", statusCode: StatusCodes.Status409Conflict,
                title: "conflict")
            : TypedResults.NotFound();
}
