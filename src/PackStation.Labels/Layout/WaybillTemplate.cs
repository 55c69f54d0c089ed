using PackStation.Labels.Documents;

namespace PackStation.Labels.Layout;

/// <summary>
/// A Chinese e-waybill (76x130 or 100x180 mm): carrier and print time; the routing code in large type; the tracking
/// number as Code 128 and as text; recipient (masked name and phone) and address; sender; goods, order number and a
/// QR code of the tracking number.
/// </summary>
public static class WaybillTemplate
{
    public static LabelLayout Build(LabelContent content, LabelGeometry geometry)
    {
        ArgumentNullException.ThrowIfNull(content);
        var large = geometry.Template == LabelTemplate.Waybill100x180;
        var body = large ? 2 : 1;
        var c = new StackComposer(geometry)
            .Text($"{content.Carrier}  {content.PrintedAt}", body, maxLines: 1)
            .Rule()
            .Text(content.RoutingCode, large ? 4 : 3, centered: true, maxLines: 1)
            .Rule()
            .Barcode(content.TrackingNumber, large ? 18 : 14)
            .Text(content.TrackingNumber, body, centered: true, maxLines: 1)
            .Rule()
            .Text($"收 {content.RecipientName}  {content.RecipientPhone}", body + 1, maxLines: 1)
            .Text(content.RecipientAddress, body, maxLines: 3)
            .Rule()
            .Text($"寄 {content.SenderName}  {content.SenderPhone}", body, maxLines: 1)
            .Text(content.SenderAddress, body, maxLines: 2)
            .Rule()
            .Qr(content.QrData, large ? 25 : 20)
            .Text($"物品: {content.GoodsSummary}", body, maxLines: large ? 4 : 3)
            .Text($"订单: {content.OrderId}", body, maxLines: 1)
            .Text($"打印: {content.PrintedAt}", body, maxLines: 1);
        return c.Build(geometry.Template);
    }
}
