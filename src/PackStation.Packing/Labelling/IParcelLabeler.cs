using PackStation.Domain.Orders;
using PackStation.Hardware.Profiles;

namespace PackStation.Packing.Labelling;

/// <summary>Gets tracking numbers and turns an order into label bytes for a station's printer.</summary>
public interface IParcelLabeler
{
    /// <summary>The tracking number of parcel <paramref name="parcel"/> (1, 2, …) of the order; never given to two parcels.</summary>
    Task<string> NewTrackingNumberAsync(Order order, int parcel, CancellationToken cancellationToken);

    /// <summary>The exact bytes for the printer: the same order and number always give the same label (reprints).</summary>
    byte[] Render(Order order, string trackingNumber, HardwareProfile printer);

    /// <summary>The same label as a PNG for a supervisor to look at, or null when this labeler has no preview.</summary>
    byte[]? RenderPreview(Order order, string trackingNumber, HardwareProfile printer);
}
