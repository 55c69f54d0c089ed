using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PackStation.Domain.Events;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.Domain.Shipping;
using PackStation.Web.Auth;

namespace PackStation.Web.Api;

/// <summary>
/// Finding an order (<c>GET /api/orders/search?q=</c>: order id, shop order number, tracking or waybill number, or the
/// end of the recipient's phone number) and everything about one (<c>GET /api/orders/{id}</c>): its event timeline,
/// parcels, labels (print jobs) and the confirmation to the shop.
/// </summary>
public static class OrderDetailApi
{
    public const int MaxResults = 50;

    /// <param name="Confirmation">The shipment confirmation once packed (state pending, delivered or parked, and the shop's last message).</param>
    public sealed record OrderDetail(Order Order, IReadOnlyList<PackEvent> Events, IReadOnlyList<Parcel> Parcels, IReadOnlyList<LabelJobView> Labels,
        ShipmentConfirmation? Confirmation);

    public static IEndpointRouteBuilder MapOrderDetailApi(this IEndpointRouteBuilder app, WebAccess access)
    {
        var group = app.MapGroup("/api/orders").WithTags("Orders");
        group.MapGet("/search", async Task<IResult> (string? q, IOrderStore orders, CancellationToken cancellationToken) =>
            string.IsNullOrWhiteSpace(q) || q.Trim().Length > 100
                ? TypedResults.Problem("q: an order or shop order number, a tracking number, or the last 4 or more digits of the recipient's phone.",
                    statusCode: StatusCodes.Status400BadRequest, title: "invalid")
                : TypedResults.Ok(await orders.SearchOrdersAsync(q, MaxResults, cancellationToken)))
            .RequireReadAccess(access).Produces<IReadOnlyList<Order>>().ProducesProblem(StatusCodes.Status400BadRequest).WithName("SearchOrders")
            .WithSummary("Find orders by order number, shop order number, tracking or waybill number, or the recipient's phone tail");

        group.MapGet("/{id}", async Task<IResult> (string id, IOrderStore orders, IPackingStore packing, IPrintJobStore jobs, IOutboxStore outbox,
            CancellationToken cancellationToken) =>
        {
            if (await orders.GetOrderAsync(id, cancellationToken) is not { } order)
                return TypedResults.NotFound();
            return TypedResults.Ok(new OrderDetail(order, await packing.ReadOrderEventsAsync(id, cancellationToken),
                await orders.ListParcelsAsync(id, cancellationToken),
                (await jobs.ListForOrderAsync(id, cancellationToken)).Select(LabelJobView.Of).ToList(),
                await outbox.FindForOrderAsync(id, cancellationToken)));
        }).RequireReadAccess(access).Produces<OrderDetail>().Produces(StatusCodes.Status404NotFound).WithName("GetOrderTimeline")
            .WithSummary("One order: its timeline, parcels, labels and confirmation to the shop");
        return app;
    }
}
