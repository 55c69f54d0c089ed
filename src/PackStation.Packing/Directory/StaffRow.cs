using PackStation.Domain.Packers;

namespace PackStation.Packing.Directory;

/// <summary>One person of a staff list: the line it is on, the staff number and role if the list gives them, and the name.</summary>
public sealed record StaffRow(int Line, string? Id, string Name, PackerRole? Role);
