namespace PackStation.Packing.Directory;

/// <summary>A line of a staff list that was not imported, and why.</summary>
public sealed record StaffLineError(int Line, string Message);
