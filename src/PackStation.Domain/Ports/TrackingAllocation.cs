namespace PackStation.Domain.Ports;

/// <summary>What a source answered for one parcel of a batch: its number, or why it has none.</summary>
public sealed record TrackingAllocation(ParcelRequest Parcel, string? Number, Exception? Refusal);
