using Microsoft.Extensions.Options;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.Hardware.Profiles;
using PackStation.Labels;

namespace PackStation.Packing.Labelling;

/// <summary>
/// The station's labels as a site prints them: numbers from the configured tracking-number source (carrier pool or
/// SSCC), the carrier's template laid out for the station printer's language, dpi and width by <see cref="ILabelRenderer"/>.
/// </summary>
public sealed class RenderingParcelLabeler(ILabelRenderer renderer, ITrackingNumberSource numbers, IOptions<PackingOptions> options) : IParcelLabeler
{
    private readonly SenderAddress _sender = new()
    {
        Name = options.Value.SenderName,
        Phone = options.Value.SenderPhone,
        Address = options.Value.SenderAddress,
    };

    public Task<string> NewTrackingNumberAsync(Order order, int parcel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        return numbers.AllocateAsync(order.Carrier ?? "", order.Id, parcel, cancellationToken);
    }

    public byte[] Render(Order order, string trackingNumber, HardwareProfile printer) => renderer.Render(Request(order, trackingNumber, printer)).Bytes;

    public byte[]? RenderPreview(Order order, string trackingNumber, HardwareProfile printer) =>
        renderer.RenderPng(renderer.Render(Request(order, trackingNumber, printer)));

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
