namespace PackStation.Domain.Ports;

/// <summary>Orders by state, and how many open orders must ship by the end of today.</summary>
public sealed record QueueCounts(int Ready, int InProgress, int Hold, int Packed, int Cancelled, int DueToday);
