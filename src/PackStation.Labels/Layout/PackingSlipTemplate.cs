using System.Globalization;
using PackStation.Labels.Documents;

namespace PackStation.Labels.Layout;

/// <summary>
/// A packing slip for 80 mm (or 58 mm) receipt paper: title, order, recipient, one line per order line, totals, order
/// barcode. The title goes on two lines where one is too narrow; order number and print time are never shortened.
/// </summary>
public static class PackingSlipTemplate
{
    public static LabelLayout Build(LabelContent content, LabelGeometry geometry)
    {
        ArgumentNullException.ThrowIfNull(content);
        var c = new StackComposer(geometry)
            .Fields(2, true, "装箱单", "PACKING SLIP")
            .Text($"订单 Order: {content.OrderId}", 1, maxLines: StackComposer.Whole)
            .Fields(1, false, content.PrintedAt, $"{content.Carrier} {content.TrackingNumber}")
            .Text($"收件人: {content.RecipientName}", 1, maxLines: 1)
            .Rule();
        foreach (var (sku, title, quantity) in content.Lines)
        {
            c.Text(string.Create(CultureInfo.InvariantCulture, $"{quantity} x {title}"), 1, maxLines: 3)
             .Text($"   {sku}", 1, maxLines: 1);
        }

        c.Rule()
         .Text(string.Create(CultureInfo.InvariantCulture, $"合计 Total: {content.Lines.Sum(l => l.Quantity)}"), 1, maxLines: 1)
         .Barcode(content.OrderId, 10, maxModuleDots: 2)
         .Text("谢谢惠顾 Thank you!", 1, centered: true, maxLines: 1);
        return c.Build(geometry.Template);
    }
}
