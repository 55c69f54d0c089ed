namespace PackStation.Domain.Shipping;

/// <summary>One e-waybill issued for a parcel: its number and, from a platform's waybill API, the print data.</summary>
public sealed record PlatformWaybill(string OrderId, int Parcel, string TrackingNumber, PlatformPrintData? PrintData)
{
    public override string ToString() => $"waybill {TrackingNumber} for {OrderId}/{Parcel}";
}
