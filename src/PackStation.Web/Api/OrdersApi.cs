using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PackStation.Domain.Events;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.Web.Auth;

namespace PackStation.Web.Api;

/// <summary>
/// Orders: the list by state, one order with its event timeline, the held orders oldest first, and the supervisor's
/// hold/release (authenticated supervisors with an antiforgery token only).
/// </summary>
public static class OrdersApi
{
    public sealed record HoldRequest(string? Reason);

    public sealed record OrderTimeline(Order Order, IReadOnlyList<PackEvent> Events);

    public static IEndpointRouteBuilder MapOrdersApi(this IEndpointRouteBuilder app, WebAccess access)
    {
        var group = app.MapGroup("/api/orders").WithTags("Orders");
        group.MapGet("", async Task<IResult> (string? status, int? limit, IOrderStore orders, CancellationToken cancellationToken) =>
        {
            OrderStatus? parsed = null;
            if (!string.IsNullOrEmpty(status))
            {
                if (!OrderStatusNames.TryParse(status, out var s))
                    return TypedResults.Problem($"Unknown status '{status}'.", statusCode: StatusCodes.Status400BadRequest);
                parsed = s;
            }

            return TypedResults.Ok(await orders.ListOrdersAsync(parsed, Math.Clamp(limit ?? 100, 1, 1000), cancellationToken));
        }).RequireReadAccess(access).WithName("ListOrders").WithSummary("Orders, optionally of one status")
            .Produces<IReadOnlyList<Order>>().ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/held", async (IOrderStore orders, CancellationToken cancellationToken) =>
            TypedResults.Ok((await orders.ListOrdersAsync(OrderStatus.Hold, 1000, cancellationToken)).OrderBy(o => o.CreatedAt).ToList()))
            .RequireReadAccess(access).WithName("ListHeldOrders").WithSummary("Held orders, oldest first");

        group.MapGet("/{id}", async Task<IResult> (string id, IOrderStore orders, IPackingStore packing, CancellationToken cancellationToken) =>
            await orders.GetOrderAsync(id, cancellationToken) is { } order
                ? TypedResults.Ok(new OrderTimeline(order, await packing.ReadOrderEventsAsync(id, cancellationToken)))
                : TypedResults.NotFound())
            .RequireReadAccess(access).WithName("GetOrderTimeline").WithSummary("One order with its event timeline")
            .Produces<OrderTimeline>();

        group.MapPost("/{id}/hold", async Task<IResult> (string id, HoldRequest? request, IOrderStore orders, HttpContext context, CancellationToken cancellationToken) =>
        {
            var reason = string.IsNullOrWhiteSpace(request?.Reason) ? "held by supervisor" : request.Reason.Trim();
            reason = $"{reason[..Math.Min(reason.Length, 200)]} ({context.User.Identity?.Name})";
            return await orders.HoldOrderAsync(id, reason, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
        }).RequireAuthorization(WebRoles.ChangePolicy).AddEndpointFilter<AntiforgeryFilter>().WithName("HoldOrder")
            .WithSummary("Hold an order, with a reason").Produces(StatusCodes.Status204NoContent);

        group.MapPost("/{id}/release", async Task<IResult> (string id, IOrderStore orders, CancellationToken cancellationToken) =>
            await orders.ReleaseHoldAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.Conflict())
            .RequireAuthorization(WebRoles.ChangePolicy).AddEndpointFilter<AntiforgeryFilter>().WithName("ReleaseOrder")
            .WithSummary("Release a held order back to the queue").Produces(StatusCodes.Status204NoContent).Produces(StatusCodes.Status409Conflict);
        return app;
    }
}
