namespace PackStation.Domain.Orders;

/// <summary>One parcel of an order: its tracking number, the station that labelled it, and when.</summary>
public sealed record Parcel(string TrackingNumber, string StationId, DateTimeOffset CreatedAt);
