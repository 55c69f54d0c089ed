using PackStation.Labels.Documents;

namespace PackStation.Labels.Layout;

/// <summary>
/// A 4x6 inch shipping label: sender block; ship-to name and address in large type; carrier and routing code; the
/// tracking number as Code 128 and text; order number, print time and a QR code of the tracking number. Addresses,
/// phone, order number and print time are never shortened (a long address is set in the small type instead).
/// </summary>
public static class ShippingLabelTemplate
{
    public static LabelLayout Build(LabelContent content, LabelGeometry geometry)
    {
        ArgumentNullException.ThrowIfNull(content);
        var roomy = Compose(content, geometry, compact: false);
        return (roomy.Fits ? roomy : Compose(content, geometry, compact: true)).Build(geometry.Template);
    }

    /// <summary>Compact: a long (Chinese) address in the small type, so it fits whole.</summary>
    private static StackComposer Compose(LabelContent content, LabelGeometry geometry, bool compact) =>
        new StackComposer(geometry)
            .Text("FROM:", 1, maxLines: 1)
            .Fields(1, false, content.SenderName, content.SenderPhone)
            .Text(content.SenderAddress, 1, maxLines: StackComposer.Whole)
            .Rule(3)
            .Text("SHIP TO:", 1, maxLines: 1)
            .Text(content.RecipientName, 2, maxLines: 2)
            .Text(content.RecipientAddress, compact ? 1 : 2, maxLines: StackComposer.Whole)
            .Text(content.RecipientPhone, 1, maxLines: StackComposer.Whole)
            .Rule(3)
            .Fields(3, false, content.Carrier, content.RoutingCode)
            .Rule(3)
            .Gap(2)
            .Barcode(content.TrackingNumber, compact ? 18 : 25, maxModuleDots: 4)
            .Text($"TRACKING #: {content.TrackingNumber}", 2, centered: true, maxLines: StackComposer.Whole)
            .Rule(3)
            .Qr(content.QrData, compact ? 20 : 25)
            .Text($"Order: {content.OrderId}", 1, maxLines: StackComposer.Whole)
            .Text($"Printed: {content.PrintedAt}", 1, maxLines: StackComposer.Whole)
            .Text($"Contents: {content.GoodsSummary}", 1, maxLines: 4);
}
