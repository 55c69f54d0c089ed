using PackStation.Labels.Documents;

namespace PackStation.Labels.Layout;

/// <summary>
/// A Chinese e-waybill. Top to bottom: carrier and print time; the sort code (大头笔 / 三段码 as the carrier gave it,
/// else province and city) in large type; the tracking number as Code 128 and as text; the recipient block (masked
/// name and phone, the whole address) and the sender block. The 76x130 label ends with goods, order number and a QR
/// code; the 100x180 label adds, in its lower part below a cut line, the stub the courier keeps (存根联): the tracking
/// number again, recipient, sender, goods and order number. Address, phone, order number and print time are never
/// shortened: where the long address does not fit in large type, the label is laid out again in small type.
/// </summary>
public static class WaybillTemplate
{
    /// <summary>Where the 100x180 label's stub starts, unless the upper part reaches further.</summary>
    private const double StubTopMm = 120;

    public static LabelLayout Build(LabelContent content, LabelGeometry geometry)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(geometry);
        var roomy = Compose(content, geometry, compact: false);
        return (roomy.Fits ? roomy : Compose(content, geometry, compact: true)).Build(geometry.Template);
    }

    private static StackComposer Compose(LabelContent content, LabelGeometry geometry, bool compact)
    {
        var large = geometry.Template == LabelTemplate.Waybill100x180;
        var c = new StackComposer(geometry)
            .Fields(1, false, content.Carrier, $"打印 {content.PrintedAt}")
            .Rule()
            .Text(content.RoutingCode, large ? 4 : 3, centered: true, maxLines: StackComposer.Whole)
            .Rule()
            .Barcode(content.TrackingNumber, large ? 16 : 14)
            .Text(content.TrackingNumber, 2, centered: true, maxLines: StackComposer.Whole)
            .Rule()
            .Fields(compact ? 1 : 2, false, $"收 {content.RecipientName}", content.RecipientPhone)
            .Text(content.RecipientAddress, large && !compact ? 2 : 1, maxLines: StackComposer.Whole)
            .Rule()
            .Fields(1, false, $"寄 {content.SenderName}", content.SenderPhone)
            .Text(content.SenderAddress, 1, maxLines: StackComposer.Whole)
            .Rule();
        if (large)
            Stub(geometry.HeightDots > 0 ? c.AtLeast(geometry.Mm(StubTopMm)) : c, content, compact);
        else
            Goods(c, content, compact ? 14 : 20);
        return c;
    }

    /// <summary>Below the cut line: what the courier tears off and keeps.</summary>
    private static void Stub(StackComposer c, LabelContent content, bool compact)
    {
        c.Text("存根联 (快递员留存)", 1, maxLines: 1)
         .Barcode(content.TrackingNumber, compact ? 7 : 9)
         .Text(content.TrackingNumber, 1, centered: true, maxLines: StackComposer.Whole)
         .Rule()
         .Fields(1, false, $"收 {content.RecipientName}", content.RecipientPhone)
         .Text(content.RecipientAddress, 1, maxLines: StackComposer.Whole)
         .Fields(1, false, $"寄 {content.SenderName}", content.SenderPhone)
         .Rule();
        Goods(c, content, compact ? 12 : 16);
    }

    private static void Goods(StackComposer c, LabelContent content, double qrMm) =>
        c.Qr(content.QrData, qrMm)
         .Text($"物品: {content.GoodsSummary}", 1, maxLines: 3)
         .Text($"订单: {content.OrderId}", 1, maxLines: StackComposer.Whole)
         .Text($"打印: {content.PrintedAt}", 1, maxLines: StackComposer.Whole);
}
