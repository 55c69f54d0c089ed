using Microsoft.Extensions.Options;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Printers;
using PackStation.Labels;
using PackStation.Packing.Printing.Component;

namespace PackStation.Packing.Labelling;

/// <summary>
/// The station's labels as a site prints them: numbers from the configured tracking-number source (carrier pool or
/// SSCC), the sender from Site:Sender, the carrier's template laid out for the
/// station printer's language, dpi and width by <see cref="ILabelRenderer"/>. For a platform print component, the job
/// is the custom area only (<see cref="ComponentCustomArea"/>): the platform's encrypted standard area is added when
/// it is sent.
/// </summary>
public sealed class RenderingParcelLabeler(ILabelRenderer renderer, ITrackingNumberSource numbers, IOptions<SiteOptions> site) : IParcelLabeler
{
    private readonly SenderAddress _sender = site.Value.Sender;

    public Task<string> NewTrackingNumberAsync(Order order, int parcel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        return numbers.AllocateAsync(order.Carrier ?? "", order.Id, parcel, cancellationToken);
    }

    public byte[] Render(Order order, string trackingNumber, HardwareProfile printer)
    {
        ArgumentNullException.ThrowIfNull(printer);
        if (printer.Printer?.Language == PrinterLanguage.Component)
            return ComponentCustomArea.Build(order, trackingNumber);
        return renderer.Render(Request(order, trackingNumber, printer)).Bytes;
    }

    /// <summary>No preview for a print component: the platform renders its e-waybill, not us.</summary>
    public byte[]? RenderPreview(Order order, string trackingNumber, HardwareProfile printer)
    {
        ArgumentNullException.ThrowIfNull(printer);
        return printer.Printer?.Language == PrinterLanguage.Component
            ? null
            : renderer.RenderPng(renderer.Render(Request(order, trackingNumber, printer)));
    }

    private LabelRequest Request(Order order, string trackingNumber, HardwareProfile printer)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(printer);
        return new LabelRequest
        {
            Order = order,
            TrackingNumber = trackingNumber,
            Carrier = order.Carrier,
            Sender = _sender,
            Printer = printer.Printer ?? new PrinterSettings(),
        };
    }
}
