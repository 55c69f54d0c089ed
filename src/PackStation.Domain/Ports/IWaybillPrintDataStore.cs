using PackStation.Domain.Shipping;

namespace PackStation.Domain.Ports;

/// <summary>
/// The platform's print data of each issued e-waybill, stored with its parcel (order, parcel, number) so that the
/// print component can be given it when the label prints, and again for an explicit reprint.
/// </summary>
public interface IWaybillPrintDataStore
{
    /// <summary>Stores (or replaces: the platform gives the same number again with fresh print data) the waybill's print data.</summary>
    Task SaveWaybillAsync(PlatformWaybill waybill, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The waybill issued with <paramref name="trackingNumber"/>, with its print data; null when none is stored.</summary>
    Task<PlatformWaybill?> GetWaybillAsync(string trackingNumber, CancellationToken cancellationToken);
}
