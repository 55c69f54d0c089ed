using PackStation.Labels.Documents;

namespace PackStation.Labels.Layout;

/// <summary>
/// A 4x6 inch shipping label: sender block; ship-to name and address in large type; carrier and routing code; the
/// tracking number as Code 128 and text; order number, print time and a QR code of the tracking number.
/// </summary>
public static class ShippingLabelTemplate
{
    public static LabelLayout Build(LabelContent content, LabelGeometry geometry)
    {
        ArgumentNullException.ThrowIfNull(content);
        var c = new StackComposer(geometry)
            .Text("FROM:", 1, maxLines: 1)
            .Text(content.SenderName, 1, maxLines: 1)
            .Text(content.SenderAddress, 1, maxLines: 2)
            .Rule(3)
            .Text("SHIP TO:", 1, maxLines: 1)
            .Text(content.RecipientName, 2, maxLines: 2)
            .Text(content.RecipientAddress, 2, maxLines: 4)
            .Text(content.RecipientPhone, 1, maxLines: 1)
            .Rule(3)
            .Text($"{content.Carrier}  {content.RoutingCode}", 3, maxLines: 1)
            .Rule(3)
            .Gap(2)
            .Barcode(content.TrackingNumber, 25, maxModuleDots: 4)
            .Text($"TRACKING #: {content.TrackingNumber}", 2, centered: true, maxLines: 1)
            .Rule(3)
            .Qr(content.QrData, 25)
            .Text($"Order: {content.OrderId}", 1, maxLines: 1)
            .Text($"Printed: {content.PrintedAt}", 1, maxLines: 1)
            .Text($"Contents: {content.GoodsSummary}", 1, maxLines: 4);
        return c.Build(geometry.Template);
    }
}
