namespace PackStation.Domain.Ports;

/// <summary>One parcel that needs a tracking number: the order's carrier ("" for the source's default), order and parcel number.</summary>
public sealed record ParcelRequest(string Carrier, string OrderId, int Parcel);
