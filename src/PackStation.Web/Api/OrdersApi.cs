using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PackStation.Domain.Events;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.Web.Auth;

namespace PackStation.Web.Api;

/// <summary>
/// Orders: the list by state, the held orders oldest first, and the supervisor's hold (with a reason) and release
/// (authenticated supervisors with an antiforgery token only). One order with its timeline, parcels and labels is
/// <see cref="OrderDetailApi"/>.
/// </summary>
public static class OrdersApi
{
    public sealed record HoldRequest(string? Reason);

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

        group.MapPost("/{id}/hold", async Task<IResult> (string id, HoldRequest? request, IOrderStore orders, HttpContext context, CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(request?.Reason))
                return TypedResults.Problem("Say why the order is held (reason), so the next person knows.", statusCode: StatusCodes.Status400BadRequest, title: "invalid");
            var reason = request.Reason.Trim();
            reason = $"{reason[..Math.Min(reason.Length, 200)]} ({context.User.Identity?.Name})";
            if (await orders.HoldOrderAsync(id, reason, cancellationToken))
                return TypedResults.NoContent();
            return await orders.GetOrderAsync(id, cancellationToken) is { } order
                ? TypedResults.Problem($"Order {id} is {order.Status.ToText()}: only a ready, in-progress or held order can be held.",
                    statusCode: StatusCodes.Status409Conflict, title: "conflict")
                : TypedResults.NotFound();
        }).RequireSupervisorChange().Produces(StatusCodes.Status204NoContent).Produces(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).WithName("HoldOrder")
            .WithSummary("Hold an order with a reason: it leaves the queue (and its station, which is told why)");

        group.MapPost("/{id}/release", async Task<IResult> (string id, IOrderStore orders, CancellationToken cancellationToken) =>
            await orders.ReleaseHoldAsync(id, cancellationToken) ? TypedResults.NoContent()
                : await orders.GetOrderAsync(id, cancellationToken) is { } order
                    ? TypedResults.Problem($"Order {id} is {order.Status.ToText()}{(order.Status == OrderStatus.Hold ? " and already packed" : "")}: only a held order that is not packed goes back to the queue.",
                        statusCode: StatusCodes.Status409Conflict, title: "conflict")
                    : TypedResults.NotFound())
            .RequireSupervisorChange().Produces(StatusCodes.Status204NoContent).Produces(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).WithName("ReleaseOrder")
            .WithSummary("Return a held order to the queue");
        return app;
    }
}
