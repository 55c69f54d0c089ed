using PackStation.Domain.Orders;
using PackStation.Hardware.Profiles;

namespace PackStation.Labels;

/// <summary>
/// Everything one label needs: the order, the tracking number and carrier, the sender, and the printer it is for.
/// <see cref="Template"/> null means the carrier's usual one (<see cref="LabelTemplates.DefaultFor"/>).
/// <see cref="RoutingCode"/> is the carrier's sort code (大头笔 / 三段码) when the carrier gave one; without it the
/// province and city are printed large instead. <see cref="ForceRaster"/> prints the whole label as one image
/// (for printers whose fonts or barcodes misbehave, and to compare sizes).
/// </summary>
public sealed record LabelRequest
{
    public required Order Order { get; init; }

    public required string TrackingNumber { get; init; }

    public string? Carrier { get; init; }

    public SenderAddress Sender { get; init; } = new();

    public required PrinterSettings Printer { get; init; }

    public LabelTemplate? Template { get; init; }

    public string? RoutingCode { get; init; }

    public bool ForceRaster { get; init; }
}
