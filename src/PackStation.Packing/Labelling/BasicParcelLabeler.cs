using System.Globalization;
using PackStation.Domain.Orders;
using PackStation.Domain.Privacy;
using PackStation.Hardware.Printers;
using PackStation.Hardware.Printers.Zpl;
using PackStation.Hardware.Profiles;
using PackStation.Labels;
using PackStation.Packing.Printing.Component;

namespace PackStation.Packing.Labelling;

/// <summary>
/// A plain 4x6 ZPL label (tracking barcode, recipient, order) with demo tracking numbers: what the demo site and
/// <c>simulate</c> print on their simulated ZPL printers.
/// </summary>
public sealed class BasicParcelLabeler(DemoTrackingNumbers numbers) : IParcelLabeler
{
    public Task<string> NewTrackingNumberAsync(Order order, int parcel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        return Task.FromResult(numbers.Next(order.Carrier));
    }

    public byte[] Render(Order order, string trackingNumber, HardwareProfile printer)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(printer);
        if (printer.Printer?.Language == PrinterLanguage.Component)
            return ComponentCustomArea.Build(order, trackingNumber);
        if (!ReceiverPrivacy.CanRenderOwnLabel(order))
            throw new LabelRenderException(ReceiverPrivacy.OwnLabelRefusal(order));
        if (printer.Printer?.Language is not (PrinterLanguage.Zpl or null))
            throw new NotSupportedException($"The basic labeler prints ZPL only; printer profile {printer.Id} speaks {printer.Printer?.Language}.");
        var r = order.Recipient;
        return new ZplBuilder()
            .StartFormat().Utf8().PrintWidth(812).LabelLength(1218)
            .Text(40, 40, 60, 60, order.Carrier ?? "")
            .Text(40, 130, 40, 40, r.Name)
            .Text(40, 180, 30, 30, $"{r.Province}{r.City}{r.District}")
            .Text(40, 220, 30, 30, r.Address)
            .Code128(40, 320, trackingNumber, 160)
            .Text(40, 560, 30, 30, string.Create(CultureInfo.InvariantCulture, $"{order.Id}  {order.TotalUnits} pcs"))
            .EndFormat()
            .ToBytes();
    }

    /// <summary>No preview: the basic label is plain ZPL, drawn only by the printer.</summary>
    public byte[]? RenderPreview(Order order, string trackingNumber, HardwareProfile printer) => null;
}
