namespace PackStation.Packing.Waybills;

/// <summary>One order's e-waybill: its tracking number and the print job that prints it.</summary>
public sealed record PrintedWaybill(string OrderId, string TrackingNumber, long JobId, DateTimeOffset? ShipBy);
