namespace PackStation.Domain.Packing;

/// <summary>An order the session has finished: its parcels' tracking numbers (first is the main one) and measured weight.</summary>
public sealed record PackedOrder(string OrderId, string? Carrier, IReadOnlyList<string> TrackingNumbers, decimal? WeightGrams);
