using System.Text;
using System.Text.Json.Nodes;
using PackStation.Domain.Orders;

namespace PackStation.Packing.Printing.Component;

/// <summary>
/// What a print job for a platform print component stores as its bytes: PackStation's own custom area as plain
/// data (order number, items, the waybill number) — no receiver data and no encrypted data. The platform's
/// encrypted standard area is added from the parcel's stored print data only when the job is sent
/// (<see cref="PlatformWaybillPrinter"/>), so it never sits in the print queue's table.
/// </summary>
public static class ComponentCustomArea
{
    public static byte[] Build(Order order, string trackingNumber)
    {
        ArgumentNullException.ThrowIfNull(order);
        var data = new JsonObject
        {
            ["orderId"] = order.Id,
            ["tradeId"] = order.ExternalId,
            ["waybill"] = trackingNumber,
            ["units"] = order.TotalUnits,
            ["items"] = new JsonArray(order.Lines.Select(l => (JsonNode)new JsonObject
            {
                ["sku"] = l.Sku,
                ["title"] = l.Title,
                ["quantity"] = l.Quantity,
            }).ToArray()),
        };
        return Encoding.UTF8.GetBytes(new JsonObject { ["documentID"] = trackingNumber, ["data"] = data }.ToJsonString());
    }
}
